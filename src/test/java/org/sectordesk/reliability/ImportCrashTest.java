package org.sectordesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.store.Database;

/**
 * Kills {@code desk import bars} processes ({@code kill -9}) at random points, on the in-memory and the bulk
 * path, and right at the commit: each time the store holds all of the file or none of it, and the next writer
 * opens it at once (no stale lock). Slow (a JVM per kill), so it runs under {@code mvn -P crash test}, which CI
 * runs after the default suite. The tally is written to {@code target/reliability/crash.md}.
 */
@Tag("crash")
class ImportCrashTest {
  private static final long SEED = Long.getLong("crash.seed", 20261130L);

  @TempDir static Path dir;
  static Path ws;
  static Path file;
  static Path pristine;
  static String none;
  static String all;
  static final Map<String, int[]> tally = new TreeMap<>();
  /** How long the uninterrupted import's transaction took, per path: random kills fall inside it. */
  static final Map<Boolean, Long> transactionMs = new java.util.HashMap<>();
  static final List<String> log = new ArrayList<>();

  @BeforeAll
  static void setUp() throws Exception {
    ws = DeskRun.seededWorkspace(dir);
    file = dir.resolve("crash-bars.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("code,date,open,high,low,close,adj_close,volume,currency\n");
      int i = 0;
      for (LocalDate d = LocalDate.of(1990, 1, 1); d.isBefore(LocalDate.of(2024, 1, 1)); d = d.plusDays(1)) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
          continue;
        }
        i++;
        double c = 100 + (i % 97) * 0.5;
        w.write("0700.HK," + d + "," + c + "," + (c + 1) + "," + (c - 1) + "," + c + "," + c + "," + (1000 + i) + ",HKD\n");
        w.write("9999.HK," + d + ",,,," + (c / 2) + ",,,\n");
        w.write("BILI.O," + d + ",,,," + (c / 4) + ",," + i + ",USD\n");
        w.write("300364.SZ," + d + ",,,," + (c / 3) + ",,,CNY\n");
      }
    }
    pristine = dir.resolve("pristine.duckdb");
    Files.copy(ws.resolve("desk.duckdb"), pristine);
    none = StoreDump.withoutTimes(ws);
    // the store after a complete import, from an uninterrupted run
    Run full = run(false, -1, false);
    assertThat(full.code).as(full.err).isZero();
    all = StoreDump.withoutTimes(ws);
    assertThat(run(true, -1, false).code).isZero();
    assertThat(StoreDump.withoutTimes(ws)).isEqualTo(all);
    assertThat(all).isNotEqualTo(none);
  }

  record Run(int code, String err, boolean killed) {}

  /**
   * Runs the import from the pristine store; kills it {@code killAfterMs} after its transaction began (or, with
   * {@code atCommit}, right when it announces the commit), unless negative.
   */
  static Run run(boolean bulk, long killAfterMs, boolean atCommit) throws Exception {
    Files.copy(pristine, ws.resolve("desk.duckdb"), StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(ws.resolve("desk.duckdb.wal"));
    Process p = Subprocess.desk(ws, Map.of("sectordesk.trace.commit", "true", "sectordesk.bulk.bytes",
        bulk ? "1" : Long.toString(Long.MAX_VALUE), "sectordesk.lock.wait", "0"), "import", "bars", file.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    StringBuilder err = new StringBuilder();
    boolean killed = false;
    long began = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        err.append(line).append('\n');
        boolean begin = line.contains("desk-trace: begin load") || line.contains("desk-trace: begin store bars");
        boolean commit = line.contains("desk-trace: commit load") || line.contains("desk-trace: commit store bars");
        if (begin) {
          began = System.nanoTime();
        }
        if (killAfterMs < 0 && line.contains("desk-trace: committed") && began > 0) {
          transactionMs.put(bulk, (System.nanoTime() - began) / 1_000_000);
        }
        if (killAfterMs >= 0 && ((atCommit && commit) || (!atCommit && begin))) {
          if (killAfterMs > 0) {
            Thread.sleep(killAfterMs);
          }
          p.destroyForcibly();   // SIGKILL
          killed = true;
          break;
        }
      }
    }
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("import did not end");
    }
    return new Run(p.exitValue(), err.toString(), killed && p.exitValue() != 0);
  }

  /** Kills one import and checks the store; returns "none" or "all". */
  static String killOnce(String path, boolean bulk, long afterMs, boolean atCommit) throws Exception {
    Run r = run(bulk, afterMs, atCommit);
    // no stale lock: a writer opens the store at once (and replays the write-ahead log)
    long t0 = System.nanoTime();
    try (Database writer = Database.open(ws.resolve("desk.duckdb"))) {
      assertThat(writer.file()).exists();
    }
    long openMs = (System.nanoTime() - t0) / 1_000_000;
    String state = StoreDump.withoutTimes(ws);
    String outcome = state.equals(none) ? "none" : state.equals(all) ? "all" : "PARTIAL";
    String phase = atCommit ? "commit window" : "random";
    synchronized (tally) {
      int[] t = tally.computeIfAbsent(path + " | " + phase, k -> new int[3]);
      t[outcome.equals("none") ? 0 : outcome.equals("all") ? 1 : 2]++;
      log.add(path + " | " + phase + " | +" + afterMs + " ms | " + (r.killed ? "killed" : "finished first (exit " + r.code + ")")
          + " | " + outcome + " | writer opened in " + openMs + " ms");
    }
    assertThat(outcome).as("store after a kill on the %s path (%s, +%d ms): %s", path, phase, afterMs, r.err)
        .isNotEqualTo("PARTIAL");
    return outcome;
  }

  @Test
  void killsAtRandomPointsLeaveAllOrNothingAndNoLock() throws Exception {
    Random random = new Random(SEED);
    int kills = 0;
    int memoryMs = (int) Math.max(20, transactionMs.getOrDefault(false, 500L));
    int bulkMs = (int) Math.max(20, transactionMs.getOrDefault(true, 500L));
    for (int i = 0; i < 8; i++) {
      killOnce("in-memory", false, random.nextInt(memoryMs), false);
      killOnce("bulk", true, random.nextInt(bulkMs), false);
      kills += 2;
    }
    for (int i = 0; i < 3; i++) {
      killOnce("in-memory", false, random.nextInt(30), true);
      killOnce("bulk", true, random.nextInt(30), true);
      kills += 2;
    }
    assertThat(kills).isGreaterThanOrEqualTo(20);
    long killed = log.stream().filter(l -> l.contains("| killed |")).count();
    assertThat(killed).as("imports actually killed (not finished first)").isGreaterThanOrEqualTo(20);
  }

  @AfterAll
  static void writeTally() throws IOException {
    Path out = Files.createDirectories(Path.of("target", "reliability"));
    List<String> lines = new ArrayList<>(List.of("| path | phase | none | all | partial |", "|---|---|---|---|---|"));
    tally.forEach((k, t) -> lines.add("| " + k + " | " + t[0] + " | " + t[1] + " | " + t[2] + " |"));
    lines.add("");
    lines.addAll(log);
    Files.write(out.resolve("crash.md"), lines, StandardCharsets.UTF_8);
  }
}
