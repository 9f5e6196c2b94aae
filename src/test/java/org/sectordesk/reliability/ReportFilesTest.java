package org.sectordesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects 8 and 9: a report reads only files inside its workspace, and writes its output atomically, never
 * through a symbolic link; {@code --out} naming a file is a clear error.
 */
class ReportFilesTest {
  @TempDir Path dir;
  Path ws;
  Path secret;

  @BeforeEach
  void workspace() throws IOException {
    ws = DeskRun.seededWorkspace(dir);
    secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-OUTSIDE-THE-WORKSPACE", StandardCharsets.UTF_8);
  }

  private DeskRun.Result weeklyMd(Path out) {
    return DeskRun.run(ws, "report", "weekly", "--week", "2024-11-25", "--format", "md", "--out", out.toString());
  }

  @Test
  void d08ADisclaimerOutsideTheWorkspaceIsRefused() throws IOException {
    for (String path : new String[] {"../secret.txt", secret.toString(), "/etc/hostname"}) {
      Files.writeString(ws.resolve("house.yaml"), "name: 测试证券\ndisclaimer: " + path + "\n", StandardCharsets.UTF_8);
      Path out = dir.resolve("out-" + Math.abs(path.hashCode()));
      DeskRun.Result r = weeklyMd(out);
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains("house.yaml: [disclaimer] names " + path + ", which is outside the workspace");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void d08ALinkInsideTheWorkspaceToAFileOutsideIsRefused() throws IOException {
    Files.createDirectories(ws.resolve("texts"));
    Files.createSymbolicLink(ws.resolve("texts/disclaimer.md"), secret);
    Files.writeString(ws.resolve("house.yaml"), "name: 测试证券\ndisclaimer: texts/disclaimer.md\n", StandardCharsets.UTF_8);
    DeskRun.Result r = weeklyMd(dir.resolve("out"));
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("a link to a file outside the workspace");
  }

  @Test
  void d09APlantedLinkUnderTheReportsNameIsNotWrittenThrough() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious", StandardCharsets.UTF_8);
    DeskRun.Result first = weeklyMd(out);
    assertThat(first.code()).as(first.err()).isZero();
    Path md;
    try (var files = Files.list(out)) {
      md = files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
    }
    Files.delete(md);
    Files.createSymbolicLink(md, victim);
    DeskRun.Result r = weeklyMd(out);
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("refusing to write " + md + ": it is a symbolic link");
    assertThat(Files.readString(victim)).isEqualTo("precious");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void d09OutNamingAFileSaysSo() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    DeskRun.Result r = weeklyMd(file);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot create the output folder " + file + ": a file of that name exists (give --out a folder)");
    assertThat(Files.readString(file)).isEqualTo("x");
  }
}
