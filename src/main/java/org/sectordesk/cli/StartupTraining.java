package org.sectordesk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the {@code ./desk} launcher's class archive: runs the commands of a typical session
 * on a scratch SAMPLE workspace in one JVM, so that the JVM started with {@code -XX:ArchiveClassesAtExit}
 * dumps every class they load. Not a command of its own; the launcher starts it once per build.
 */
public final class StartupTraining {
  private StartupTraining() {}

  public static void main(String[] args) throws IOException {
    Path scratch = Files.createTempDirectory("desk-startup-training");
    try {
      int failed = run(scratch);
      System.out.println(failed == 0 ? "startup training: all commands ran" : "startup training: " + failed + " command(s) failed");
    } finally {
      deleteTree(scratch);
    }
  }

  /** Runs the session on a workspace under {@code scratch}; returns how many commands failed. */
  static int run(Path scratch) {
    String ws = scratch.resolve("ws").toString();
    String out = scratch.resolve("out").toString();
    List<List<String>> session = List.of(
        List.of("--version"),
        List.of("--help"),
        List.of("init", ws, "--sample"),
        List.of("-w", ws, "review", "--month", "2024-11"),
        List.of("-w", ws, "review", "--month", "2024-11", "--format", "json"),
        List.of("-w", ws, "review", "--month", "2024-11", "--format", "csv"),
        List.of("-w", ws, "review", "--month", "2024-13"),
        List.of("-w", ws, "indices", "--month", "2024-11"),
        List.of("-w", ws, "movers", "--market", "HK", "--top", "3", "--month", "2024-11"),
        List.of("-w", ws, "movers", "--list", "hk", "--week", "2024-09-02", "--format", "json"),
        List.of("-w", ws, "valuation", "HSTECH.HI", "--as-of", "2024-12-02"),
        List.of("-w", ws, "estimates", "--as-of", "2024-12-02"),
        List.of("-w", ws, "ratings", "score", "--as-of", "2025-12-31"),
        List.of("-w", ws, "news", "digest", "--month", "2025-11"),
        List.of("-w", ws, "news", "tracker", "--month", "2025-11"),
        List.of("-w", ws, "announcements", "--week", "2024-09-02"),
        List.of("-w", ws, "report", "monthly", "--month", "2024-11", "--out", out),
        List.of("-w", ws, "report", "weekly", "--week", "2024-09-02", "--format", "md", "--out", out));
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int failed = 0;
    for (List<String> line : session) {
      int code = DeskMain.run(discard, discard, line.toArray(String[]::new));
      boolean expectedFailure = line.contains("2024-13");
      if ((code != 0) != expectedFailure) {
        err.println("startup training: desk " + String.join(" ", line) + " exited with " + code);
        failed++;
      }
    }
    return failed;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
