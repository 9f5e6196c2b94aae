package org.sectordesk.desk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The CPU cost of the desk's commands from a cold start: each command started as a user starts it, several
 * times, interleaved, on a SAMPLE workspace, next to {@code java -version} (the floor of any Java command)
 * measured in the same run. Process CPU time (user + system) is what counts: it stays put when other processes
 * share the cores, where wall time does not.
 */
public final class StartupBenchmark {
  private final Consumer<String> progress;

  public StartupBenchmark(Consumer<String> progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** One measured command: its samples, and the CPU target it must meet (null: none). */
  public record Row(String name, List<String> command, Double targetCpuSeconds, List<ColdStart.Sample> samples) {
    public Row {
      command = List.copyOf(command);
      samples = List.copyOf(samples);
    }

    public BenchFigure cpu() {
      return new BenchFigure(name, "CPU s", samples.stream().map(ColdStart.Sample::cpuSeconds).toList());
    }

    public BenchFigure wall() {
      return new BenchFigure(name, "s", samples.stream().map(ColdStart.Sample::wallSeconds).toList());
    }

    /** Null when the command has no target. */
    public Boolean meetsTarget() {
      return targetCpuSeconds == null ? null : cpu().median() <= targetCpuSeconds;
    }
  }

  /** The run: rows in the order printed, the load average before and after, the workspace used. */
  public record Result(List<Row> rows, String loadBefore, String loadAfter, Path workspace, int runs) {}

  /** Measures every command {@code runs} times on the SAMPLE workspace in {@code dir/ws} (created once). */
  public Result run(Path dir, int runs) {
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1");
    }
    Path ws = dir.resolve("ws").toAbsolutePath();
    Path out = dir.resolve("out").toAbsolutePath();
    prepare(ws);
    String w = ws.toString();
    String o = out.toString();
    List<Spec> specs = List.of(
        new Spec("java -version (floor)", List.of(ColdStart.java(), "-version"), null),
        new Spec("desk --version", ColdStart.desk("--version"), 0.30),
        new Spec("open the workspace + one count(*) over JDBC", List.of(ColdStart.java(), "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), OpenAndCount.class.getName(), ws.resolve("desk.duckdb").toString()), null),
        new Spec("review --month 2024-11 --format json", ColdStart.desk("-w", w, "review", "--month", "2024-11", "--format", "json"), 1.0),
        new Spec("movers --market HK --month 2024-11", ColdStart.desk("-w", w, "movers", "--market", "HK", "--month", "2024-11"), 1.0),
        new Spec("valuation HSTECH.HI", ColdStart.desk("-w", w, "valuation", "HSTECH.HI"), 0.8),
        new Spec("ratings score", ColdStart.desk("-w", w, "ratings", "score"), 1.2),
        new Spec("report monthly, md only", ColdStart.desk("-w", w, "report", "monthly", "--month", "2024-11",
            "--format", "md", "--out", o), 2.0),
        new Spec("report monthly, all five formats", ColdStart.desk("-w", w, "report", "monthly", "--month", "2024-11",
            "--out", o), 5.0));
    String loadBefore = loadAverage();
    List<List<ColdStart.Sample>> samples = new ArrayList<>();
    specs.forEach(s -> samples.add(new ArrayList<>()));
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < specs.size(); i++) {
        Spec s = specs.get(i);
        ColdStart.Sample sample = ColdStart.run(s.command());
        if (sample.exitCode() != 0) {
          throw new IllegalStateException("'" + s.name() + "' exited with " + sample.exitCode() + ": " + String.join(" ", s.command()));
        }
        samples.get(i).add(sample);
        progress.accept(String.format(java.util.Locale.ROOT, "run %d/%d  %-45s %.2f CPU s  %.2f s", r + 1, runs, s.name(),
            sample.cpuSeconds(), sample.wallSeconds()));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      rows.add(new Row(s.name(), s.command(), s.target(), samples.get(i)));
    }
    return new Result(rows, loadBefore, loadAverage(), ws, runs);
  }

  private record Spec(String name, List<String> command, Double target) {}

  private void prepare(Path ws) {
    if (Files.exists(ws.resolve("desk.yaml"))) {
      progress.accept("reusing the SAMPLE workspace " + ws);
      return;
    }
    progress.accept("creating the SAMPLE workspace " + ws);
    ColdStart.Sample s = ColdStart.run(ColdStart.desk("init", ws.toString(), "--sample"));
    if (s.exitCode() != 0) {
      throw new IllegalStateException("desk init " + ws + " --sample exited with " + s.exitCode());
    }
  }

  /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return String.join(" ", Arrays.copyOf(f, 3));
    } catch (IOException | UncheckedIOException e) {
      return "unknown";
    }
  }
}
