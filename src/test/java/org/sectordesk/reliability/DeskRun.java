package org.sectordesk.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.cli.DeskMain;

/** Runs desk command lines in this JVM against one workspace, and sets up the suite's workspace. */
final class DeskRun {
  record Result(int code, String out, String err) {}

  private DeskRun() {}

  static Result run(Path workspace, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("-w", workspace.toString()));
    all.addAll(args);
    int code = DeskMain.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }

  static Result run(Path workspace, String... args) {
    return run(workspace, List.of(args));
  }

  /** A resource of {@code src/test/resources/reliability/} copied into a folder. */
  static Path fixture(String name, Path dir) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = DeskRun.class.getResourceAsStream("/reliability/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      Files.copy(in, p);
    }
    return p;
  }

  /** The suite's workspace holding a little of every kind of data, each imported through the CLI. */
  static Path seededWorkspace(Path dir) throws IOException {
    Path ws = dir.resolve("ws");
    Files.createDirectories(ws);
    fixture("desk.yaml", ws);
    Path files = Files.createDirectories(dir.resolve("seed"));
    String[][] seeds = {
        {"import", "bars", "seed-bars.csv"}, {"import", "fx", "seed-fx.csv"}, {"import", "shares", "seed-shares.csv"},
        {"import", "valuation", "seed-valuation.csv"}, {"import", "estimates", "seed-estimates.csv"},
        {"import", "ratings", "seed-ratings.csv"}, {"news", "import", "seed-news.jsonl"},
        {"announcements", "import", "seed-announcements.csv"}};
    for (String[] s : seeds) {
      Result r = run(ws, s[0], s[1], fixture(s[2], files).toString());
      if (r.code() != 0) {
        throw new IllegalStateException("seeding " + s[2] + " failed: " + r.err());
      }
    }
    return ws;
  }
}
