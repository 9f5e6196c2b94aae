package org.sectordesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every importer against the bad-input catalogue ({@code reliability/catalogue.tsv}): each file is refused with
 * its exit code, a message naming file, line and field, and a store whose every table is exactly as before.
 * The outcome of each case is also written to {@code target/reliability/catalogue.md}.
 */
class BadInputCatalogueTest {
  record Case(String fixture, String defect, String command, int exit, String expected) {
    @Override
    public String toString() {
      return fixture;
    }
  }

  @TempDir static Path dir;
  static Path ws;
  static final List<String> table = new ArrayList<>();

  @BeforeAll
  static void workspace() throws IOException {
    ws = DeskRun.seededWorkspace(dir);
  }

  static Stream<Case> catalogue() throws IOException {
    try (InputStream in = BadInputCatalogueTest.class.getResourceAsStream("/reliability/catalogue.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .map(f -> new Case(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4]))
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void refusedWithFileLineFieldAndTheStoreUnchanged(Case c) throws IOException {
    Path file = DeskRun.fixture(c.fixture(), Files.createDirectories(dir.resolve("cases")));
    List<String> args = new ArrayList<>();
    for (String a : c.command().split(" ")) {
      args.add(a.equals("{f}") ? file.toString() : a);
    }
    String before = StoreDump.of(ws);
    DeskRun.Result r = DeskRun.run(ws, args);
    String after = StoreDump.of(ws);
    synchronized (table) {
      table.add("| " + c.fixture() + " | " + c.defect() + " | " + r.code() + " | " + (before.equals(after) ? "yes" : "NO")
          + " | " + firstProblem(r.err()) + " |");
    }
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(c.exit());
    assertThat(r.err()).as("stderr").contains(c.expected());
    assertThat(r.err()).as("no stack trace or exception class").doesNotContain("Exception", "\tat ");
    assertThat(after).as("every table unchanged (%s)", StoreDump.size(before)).isEqualTo(before);
  }

  private static String firstProblem(String err) {
    return err.lines().filter(l -> l.contains("[")).findFirst().orElse(err.lines().findFirst().orElse(""))
        .strip().replace("|", "\\|");
  }

  @AfterAll
  static void writeTable() throws IOException {
    Path out = Path.of("target", "reliability");
    Files.createDirectories(out);
    List<String> lines = new ArrayList<>(Arrays.asList("| case | defect | exit | store unchanged | message |",
        "|---|---|---|---|---|"));
    lines.addAll(table.stream().sorted().toList());
    Files.write(out.resolve("catalogue.md"), lines, StandardCharsets.UTF_8);
  }
}
