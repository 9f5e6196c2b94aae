package org.sectordesk.desk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.sectordesk.desk.ReportDesk;
import org.sectordesk.desk.ReportFormat;
import org.sectordesk.report.Lang;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.workspace.Workspace;

/**
 * Times the full monthly report in all five formats: warm (in this JVM, workspace open and font loaded, after
 * one warm-up run) and cold (a fresh JVM running {@code desk report monthly}, as a user starts it).
 */
public final class ReportBenchmark {
  private final Consumer<String> progress;

  public ReportBenchmark(Consumer<String> progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Samples in milliseconds with their median, min and max. */
  public record Figure(String name, List<Long> millis) {
    public Figure {
      millis = List.copyOf(millis);
    }

    public long median() {
      long[] s = millis.stream().mapToLong(Long::longValue).sorted().toArray();
      return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    public long min() {
      return millis.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    public long max() {
      return millis.stream().mapToLong(Long::longValue).max().orElse(0);
    }
  }

  /** Runs the benchmark on a workspace; {@code coldRuns} fresh JVMs, {@code warmRuns} in-process runs. */
  public List<Figure> run(Path workspaceDir, YearMonth month, int warmRuns, int coldRuns, Path outDir) {
    List<Figure> figures = new ArrayList<>();
    Map<String, List<Long>> perFormat = new LinkedHashMap<>();
    List<Long> warm = new ArrayList<>();
    try (Workspace ws = Workspace.open(workspaceDir)) {
      ReportDesk.Opened opened = ReportDesk.open(ws, "monthly", Lang.ZH);
      long f0 = System.nanoTime();
      ReportDesk desk = new ReportDesk(ReportFonts.load());
      figures.add(new Figure("load the report font (once per process)", List.of((System.nanoTime() - f0) / 1_000_000)));
      for (int i = -1; i < warmRuns; i++) {
        long t0 = System.nanoTime();
        ReportDesk.Outcome o = desk.monthly(opened.sources(), opened.setup(), month, Lang.ZH,
            EnumSet.allOf(ReportFormat.class), outDir.resolve("warm"), null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        progress.accept((i < 0 ? "warm-up" : "warm run " + (i + 1)) + ": " + ms + " ms");
        if (i >= 0) {
          warm.add(ms);
          perFormat.computeIfAbsent("compose the model", k -> new ArrayList<>()).add(o.composeMillis());
          o.files().forEach(w -> perFormat.computeIfAbsent("render " + w.format().extension(), k -> new ArrayList<>())
              .add(w.millis()));
        }
      }
    }
    figures.add(new Figure("monthly report, all 5 formats, warm", warm));
    perFormat.forEach((k, v) -> figures.add(new Figure("  " + k, v)));
    List<Long> cold = new ArrayList<>();
    for (int i = 0; i < coldRuns; i++) {
      cold.add(coldRun(workspaceDir, month, outDir.resolve("cold")));
      progress.accept("cold run " + (i + 1) + ": " + cold.get(cold.size() - 1) + " ms");
    }
    if (!cold.isEmpty()) {
      figures.add(new Figure("monthly report, all 5 formats, cold start of the command (new JVM)", cold));
    }
    return figures;
  }

  private static long coldRun(Path workspaceDir, YearMonth month, Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + out, e);
    }
    ColdStart.Sample s = ColdStart.run(ColdStart.desk("-w", workspaceDir.toString(), "report", "monthly",
        "--month", month.toString(), "--format", "docx,pdf,html,md,xlsx", "--out", out.toString()));
    if (s.exitCode() != 0) {
      throw new IllegalStateException("the cold run of desk report monthly failed with exit code " + s.exitCode());
    }
    return Math.round(s.wallSeconds() * 1000);
  }
}
