package org.sectordesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sectordesk.desk.bench.BenchFigure;
import org.sectordesk.desk.bench.MarketBenchmark;
import org.sectordesk.domain.Market;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code desk bench …}: benchmarks that print medians over repeated runs. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks of the desk on synthetic data (they never run in the test suite).",
    subcommands = {BenchCommand.MarketBench.class, BenchRatingsCommand.class, BenchReportCommand.class,
        BenchStartupCommand.class, BenchWebCommand.class})
final class BenchCommand {

  @Command(name = "market", mixinStandardHelpOptions = true,
      description = {
          "Benchmark: import a synthetic full market and time the month review against SQL and pandas.",
          "Build a synthetic full market (by default 15,000 securities x 25 years of trading days, about 92 million",
          "bars) as a desk-layout CSV, import it with the bulk loader into a fresh DuckDB file, then time on the warm",
          "store: the one-month review over all securities, the top-10 movers per market and an index's PE-TTM",
          "percentile, next to baselines computed in the same run: one straight SQL query on the same DuckDB file",
          "and pandas (Debian's python3-pandas) on the same data exported to CSV.",
          "Prints medians with min and max. Run the JVM with -Xmx1g (DESK_JAVA_OPTS=-Xmx1g ./desk bench market)",
          "to check the heap target. Needs about 12 GB of disk in --dir at full size."})
  static final class MarketBench implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--securities", defaultValue = "15000", description = "Securities incl. 36 indices. Default: ${DEFAULT-VALUE}")
    int securities;

    @Option(names = "--years", defaultValue = "25", description = "Years of daily history, ending 2025-12. Default: ${DEFAULT-VALUE}")
    int years;

    @Option(names = "--runs", defaultValue = "7", description = "Timed runs of each query (after one warm-up). Default: ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--import-runs", defaultValue = "1", description = "Imports into a fresh file, each timed. Default: ${DEFAULT-VALUE}")
    int importRuns;

    @Option(names = "--month", defaultValue = "2024-11", description = "The month reviewed (YYYY-MM). Default: ${DEFAULT-VALUE}")
    YearMonth month;

    @Option(names = "--dir", defaultValue = "bench", description = "Folder for the generated CSV and DuckDB file. Default: ${DEFAULT-VALUE}")
    Path dir;

    @Option(names = "--seed", defaultValue = "20241129", description = "Seed of the synthetic market. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python with pandas for the baseline. Default: ${DEFAULT-VALUE}")
    Path python;

    @Option(names = "--no-pandas", description = "Skip the pandas baseline.")
    boolean noPandas;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      MarketBenchmark.Options o = new MarketBenchmark.Options(securities, years, month, runs, importRuns, dir, seed,
          noPandas ? null : python);
      MarketBenchmark.Result r = new MarketBenchmark(line -> {
        err.println(line);
        err.flush();
      }).run(o);
      print(out, r);
      return ExitCodes.OK;
    }
  }

  static void print(PrintWriter out, MarketBenchmark.Result r) {
    MarketBenchmark.Options o = r.options();
    out.printf(Locale.ROOT, "Sector Desk market benchmark: %,d securities x %d years, %,d bars (CSV %.2f GB%s, DuckDB file %.2f GB)%n",
        o.securities(), o.years(), r.bars(), r.csvBytes() / 1e9,
        r.generated() ? String.format(Locale.ROOT, ", generated in %.1f s", r.generateSeconds()) : ", reused",
        r.databaseBytes() / 1e9);
    out.printf(Locale.ROOT, "JVM max heap %d MiB, %d processors; month reviewed %s; %d timed runs after a warm-up, %d import run(s)%n%n",
        r.maxHeapBytes() >> 20, Runtime.getRuntime().availableProcessors(), o.month(), o.runs(), o.importRuns());
    out.printf(Locale.ROOT, "%-44s %14s %14s %14s %5s%n", "figure", "median", "min", "max", "runs");
    row(out, r.importRate(), "%,.0f");
    if (r.importCpuRate() != null) {
      row(out, r.importCpuRate(), "%,.0f");
    }
    row(out, r.review(), "%,.1f");
    row(out, r.straightSql(), "%,.1f");
    row(out, r.windowedSql(), "%,.1f");
    row(out, r.reviewCpu(), "%,.1f");
    row(out, r.windowedSqlCpu(), "%,.1f");
    if (r.pandasReview() != null) {
      row(out, r.pandasReview(), "%,.1f");
    }
    row(out, r.movers(), "%,.1f");
    row(out, r.pePercentile(), "%,.2f");
    out.println();
    double ours = r.review().median();
    if (r.importCpuRate() != null) {
      out.println("(import per CPU time x cores = bars / (process CPU seconds / cores): what the import would reach with");
      out.println(" the cores to itself if it kept them all busy, so an upper bound; the wall-clock rate is the measured one)");
    }
    out.printf(Locale.ROOT, "ratio ours / straight SQL   %.3f%n", ours / r.straightSql().median());
    double cpuBase = r.windowedSqlCpu().median();
    out.printf(Locale.ROOT, "ratio ours / windowed SQL   %.3f   (CPU time: %s)%n", ours / r.windowedSql().median(),
        cpuBase > 0 ? String.format(Locale.ROOT, "%.3f", r.reviewCpu().median() / cpuBase) : "n/a, below the CPU clock's 10 ms");
    if (r.pandasReview() != null) {
      out.printf(Locale.ROOT, "ratio ours / pandas         %.3f   (pandas load of the CSV: %.1f s, not included)%n",
          ours / r.pandasReview().median(), r.pandasLoadSeconds());
    } else {
      out.println("pandas baseline             " + r.pandasNote());
    }
    out.printf(Locale.ROOT, "peak Java heap              %,d MiB (sum of heap pool peaks, an upper bound) of %,d MiB max%n",
        r.peakHeapBytes() >> 20, r.maxHeapBytes() >> 20);
    if (r.peakRssBytes() > 0) {
      out.printf(Locale.ROOT, "peak process memory (RSS)   %,d MiB (heap + DuckDB's native memory)%n", r.peakRssBytes() >> 20);
    }
    out.println();
    out.printf(Locale.ROOT, "checks: %,d codes with a return; straight SQL %,d codes, largest difference %.1e%s%n",
        r.reviewCodes(), r.sqlCodes(), r.maxDiffVsSql(),
        r.pandasReview() == null ? "" : String.format(Locale.ROOT, "; pandas %,d codes, |sum of returns difference| %.1e",
            r.pandasCodes(), r.pandasSumDiff()));
    out.printf(Locale.ROOT, "%s PE-TTM %.2f on %s: percentile since inception %.1f%%%n", MarketBenchmark.PE_INDEX, r.pe(),
        o.month().atEndOfMonth(), r.pePercentileValue() * 100);
    for (Map.Entry<Market, List<MarketBenchmark.Move>> e : r.topMovers().entrySet()) {
      out.printf(Locale.ROOT, "top %s: %s%n", e.getKey(), e.getValue().stream()
          .map(m -> String.format(Locale.ROOT, "%s %+.1f%%", m.code(), m.periodReturn() * 100))
          .collect(Collectors.joining(", ")));
    }
    out.flush();
  }

  private static void row(PrintWriter out, BenchFigure f, String format) {
    String name = f.name() + " (" + f.unit() + ")";
    out.printf(Locale.ROOT, "%-44s %14s %14s %14s %5d%n", name, String.format(Locale.ROOT, format, f.median()),
        String.format(Locale.ROOT, format, f.min()), String.format(Locale.ROOT, format, f.max()), f.runs());
  }
}
