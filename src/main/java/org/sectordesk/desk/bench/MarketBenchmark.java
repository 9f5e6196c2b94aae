package org.sectordesk.desk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.sectordesk.analytics.Movers;
import org.sectordesk.analytics.PeriodReturn;
import org.sectordesk.analytics.PeriodReturns;
import org.sectordesk.analytics.ValuationStats;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.ValuationPoint;
import org.sectordesk.store.BarLoad;
import org.sectordesk.store.Database;
import org.sectordesk.store.DeskCsvBarLoader;
import org.sectordesk.store.DuckDbMarketStore;

/**
 * The market benchmark: builds a synthetic full market as a desk-layout CSV, imports it with the bulk
 * loader into a fresh DuckDB file and times, on the warm store, the month review over every security,
 * the top-10 movers per market and an index's PE-TTM percentile, next to two baselines computed in the
 * same run on the same data: one straight SQL query on the same DuckDB file, and pandas.
 */
public final class MarketBenchmark {
  /** The index whose PE-TTM percentile is timed. */
  public static final String PE_INDEX = "HSTECH.HI";
  /** Calls per CPU-time sample: the process CPU clock ticks in 10 ms. */
  static final int CPU_REPEATS = 5;

  /**
   * @param pandasPython the Python with pandas (Debian's {@code /usr/bin/python3}); {@code null} skips pandas
   */
  public record Options(int securities, int years, YearMonth month, int runs, int importRuns, Path dir, long seed,
      Path pandasPython) {
    public Options {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(dir, "dir");
      if (runs < 1) {
        throw new IllegalArgumentException("runs must be at least 1, got " + runs);
      }
      if (importRuns < 1) {
        throw new IllegalArgumentException("import runs must be at least 1, got " + importRuns);
      }
    }
  }

  /** One code's month return (a fraction). */
  public record Move(String code, double periodReturn) {}

  /** Everything the benchmark measured and checked. */
  public record Result(Options options, long bars, long csvBytes, boolean generated, double generateSeconds,
      long databaseBytes, BenchFigure importRate, BenchFigure importCpuRate, BenchFigure review, BenchFigure straightSql,
      BenchFigure windowedSql, BenchFigure reviewCpu, BenchFigure windowedSqlCpu, BenchFigure movers, BenchFigure pePercentile, BenchFigure pandasReview,
      Double pandasLoadSeconds, String pandasNote, int reviewCodes, int sqlCodes, double maxDiffVsSql,
      int pandasCodes, double pandasSumDiff, Map<Market, List<Move>> topMovers, double pe, double pePercentileValue,
      long peakHeapBytes, long maxHeapBytes, long peakRssBytes) {}

  private final Consumer<String> progress;

  public MarketBenchmark(Consumer<String> progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  public Result run(Options o) {
    resetHeapPeaks();
    try {
      Files.createDirectories(o.dir());
      SyntheticMarket market = new SyntheticMarket(o.securities(), o.years(), YearMonth.of(2025, 12), o.month(), o.seed());
      Path csv = o.dir().resolve("market-bars.csv");
      Path marker = o.dir().resolve("market-bars.params");
      String params = o.securities() + " " + o.years() + " " + o.month() + " " + o.seed();
      boolean generate = !Files.exists(csv) || !Files.exists(marker) || !Files.readString(marker).equals(params);
      double generateSeconds = 0;
      long bars;
      if (generate) {
        progress.accept("generating " + o.securities() + " securities x " + o.years() + " years into " + csv + " …");
        Files.deleteIfExists(marker);
        long t = System.nanoTime();
        bars = market.writeBars(csv);
        generateSeconds = seconds(t);
        Files.writeString(marker, params);
      } else {
        progress.accept("reusing " + csv + " (same parameters)");
        bars = -1;
      }
      Path dbFile = o.dir().resolve("market.duckdb");
      List<Double> rates = new ArrayList<>();
      List<Double> cpuRates = new ArrayList<>();
      long loaded = 0;
      for (int i = 0; i < o.importRuns(); i++) {
        Files.deleteIfExists(dbFile);
        Files.deleteIfExists(o.dir().resolve("market.duckdb.wal"));
        progress.accept("import run " + (i + 1) + " of " + o.importRuns() + " …");
        try (Database db = Database.open(dbFile)) {
          long t = System.nanoTime();
          long cpu = processCpuNanos();
          BarLoad r = new DeskCsvBarLoader(db).load(csv, market.codes(), null);
          double s = seconds(t);
          double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
          if (!r.stored()) {
            throw new IllegalStateException("the synthetic file was rejected: " + r.problems().subList(0, Math.min(5, r.problems().size())));
          }
          loaded = r.summary().inserted();
          rates.add(loaded / s);
          if (cpuSeconds > 0) {
            cpuRates.add(loaded / (cpuSeconds / Runtime.getRuntime().availableProcessors()));
          }
          progress.accept(String.format("  %,d bars in %.1f s (process CPU %.1f s)", loaded, s, cpuSeconds));
        }
      }
      if (bars < 0) {
        bars = loaded;
      }
      if (loaded != bars) {
        throw new IllegalStateException("imported " + loaded + " bars, the file has " + bars);
      }
      try (Database db = Database.open(dbFile)) {
        DuckDbMarketStore store = new DuckDbMarketStore(db);
        store.writeValuation(market.valuation());
        db.connection().createStatement().execute("CHECKPOINT");
        return measure(o, market, store, csv, bars, generate, generateSeconds, rates, cpuRates, Files.size(dbFile));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private Result measure(Options o, SyntheticMarket market, DuckDbMarketStore store, Path csv, long bars,
      boolean generated, double generateSeconds, List<Double> rates, List<Double> cpuRates, long dbBytes)
      throws SQLException, IOException {
    Period period = Period.month(o.month());
    progress.accept("timing the month review of " + o.month() + ", " + o.runs() + " runs each (after one warm-up) …");
    List<Double> ours = new ArrayList<>();
    List<Double> straight = new ArrayList<>();
    List<Double> windowed = new ArrayList<>();
    List<Double> movers = new ArrayList<>();
    List<Double> pe = new ArrayList<>();
    Map<String, Double> review = null;
    Map<String, Double> sql = null;
    Map<Market, List<Move>> top = null;
    double[] peStat = null;
    Connection c = store.database().connection();
    for (int run = 0; run <= o.runs(); run++) {
      long t = System.nanoTime();
      List<PeriodReturn> returns = review(store, period);
      double ms = millis(t);
      review = byCode(returns);
      t = System.nanoTime();
      sql = straightSql(c, period);
      double sqlMs = millis(t);
      t = System.nanoTime();
      Map<String, Double> w = windowedSql(c, period);
      double wMs = millis(t);
      t = System.nanoTime();
      top = topMovers(review(store, period), 10);
      double moversMs = millis(t);
      t = System.nanoTime();
      peStat = pePercentile(store.valuation(PE_INDEX), period.end());
      double peMs = millis(t);
      if (run > 0) {
        ours.add(ms);
        straight.add(sqlMs);
        windowed.add(wMs);
        movers.add(moversMs);
        pe.add(peMs);
      }
      if (!w.keySet().equals(sql.keySet())) {
        throw new IllegalStateException("the two SQL baselines disagree on the codes");
      }
    }
    // process CPU time (Java and DuckDB's threads): steady when other processes share the cores, where wall time
    // is not. The clock ticks in 10 ms, so each sample is the mean of CPU_REPEATS calls.
    progress.accept("timing the CPU time of ours and the windowed SQL, " + o.runs() + " runs of " + CPU_REPEATS + " calls …");
    List<Double> oursCpu = new ArrayList<>();
    List<Double> windowedCpu = new ArrayList<>();
    for (int run = 0; run < o.runs(); run++) {
      long cpu = processCpuNanos();
      for (int k = 0; k < CPU_REPEATS; k++) {
        review(store, period);
      }
      oursCpu.add((processCpuNanos() - cpu) / 1e6 / CPU_REPEATS);
      cpu = processCpuNanos();
      for (int k = 0; k < CPU_REPEATS; k++) {
        windowedSql(c, period);
      }
      windowedCpu.add((processCpuNanos() - cpu) / 1e6 / CPU_REPEATS);
    }
    if (!review.keySet().equals(sql.keySet())) {
      throw new IllegalStateException("ours has " + review.size() + " codes with a return, SQL " + sql.size());
    }
    double maxDiff = 0;
    for (Map.Entry<String, Double> e : review.entrySet()) {
      maxDiff = Math.max(maxDiff, Math.abs(e.getValue() - sql.get(e.getKey())));
    }
    BenchFigure pandasFigure = null;
    Double pandasLoad = null;
    String pandasNote;
    int pandasCodes = 0;
    double pandasSumDiff = Double.NaN;
    if (o.pandasPython() == null) {
      pandasNote = "skipped (--no-pandas)";
    } else if (!Files.isExecutable(o.pandasPython())) {
      pandasNote = "skipped: " + o.pandasPython() + " not found (apt-get install -y python3-pandas)";
    } else {
      Path export = o.dir().resolve("pandas-bars.csv");
      progress.accept("exporting code,date,close,adj_close for pandas to " + export + " …");
      Files.deleteIfExists(export);
      try (Statement s = c.createStatement()) {
        s.execute("COPY (SELECT code, strftime(date, '%Y-%m-%d') AS date, close, adj_close FROM bars) TO '"
            + export.toAbsolutePath().toString().replace("'", "''") + "' (HEADER, DELIMITER ',')");
      }
      progress.accept("running the pandas baseline (" + o.pandasPython() + ") …");
      PandasRun p = pandas(o, export, period);
      pandasNote = p.note;
      if (p.reviewMs.isEmpty()) {
        pandasNote = "failed: " + p.note;
      } else {
        pandasFigure = new BenchFigure("month review, pandas", "ms", p.reviewMs);
        pandasLoad = p.loadSeconds;
        pandasCodes = p.count;
        double sum = review.values().stream().mapToDouble(Double::doubleValue).sum();
        pandasSumDiff = Math.abs(sum - p.sumReturns);
      }
      Files.deleteIfExists(export);
    }
    return new Result(o, bars, Files.size(csv), generated, generateSeconds, dbBytes,
        new BenchFigure("import (bulk loader)", "bars/s", rates),
        cpuRates.isEmpty() ? null : new BenchFigure("import, per CPU time x cores", "bars/s", cpuRates),
        new BenchFigure("month review, ours", "ms", ours),
        new BenchFigure("month review, straight SQL", "ms", straight),
        new BenchFigure("month review, windowed SQL", "ms", windowed),
        new BenchFigure("month review, ours", "CPU ms", oursCpu),
        new BenchFigure("month review, windowed SQL", "CPU ms", windowedCpu),
        new BenchFigure("top-10 movers per market", "ms", movers),
        new BenchFigure("PE-TTM percentile " + PE_INDEX, "ms", pe),
        pandasFigure, pandasLoad, pandasNote, review.size(), sql.size(), maxDiff, pandasCodes, pandasSumDiff,
        top, peStat[0], peStat[1], heapPeak(), Runtime.getRuntime().maxMemory(), peakRss());
  }

  /**
   * Our path, as the review command takes it: the store's period closes of every code, then the house
   * period return of each (analytics' {@code PeriodReturns}); codes without a return are left out.
   */
  static List<PeriodReturn> review(DuckDbMarketStore store, Period period) {
    Map<String, PeriodCloses> closes = store.periodCloses(null, period);
    List<PeriodReturn> out = new ArrayList<>(closes.size());
    for (PeriodCloses pc : closes.values()) {
      PeriodReturn r = PeriodReturns.compute(pc);
      if (r.hasValue()) {
        out.add(r);
      }
    }
    return out;
  }

  static Map<String, Double> byCode(List<PeriodReturn> returns) {
    Map<String, Double> out = new HashMap<>(returns.size() * 2);
    for (PeriodReturn r : returns) {
      out.put(r.code(), r.value());
    }
    return out;
  }

  /** The best {@code n} of each market (analytics' {@code Movers.top}). */
  static Map<Market, List<Move>> topMovers(List<PeriodReturn> returns, int n) {
    Map<Market, List<PeriodReturn>> byMarket = new EnumMap<>(Market.class);
    for (PeriodReturn r : returns) {
      byMarket.computeIfAbsent(Market.ofCode(r.code()), m -> new ArrayList<>()).add(r);
    }
    Map<Market, List<Move>> out = new EnumMap<>(Market.class);
    byMarket.forEach((m, rs) -> out.put(m, Movers.top(rs, n).stream().map(r -> new Move(r.code(), r.value())).toList()));
    return out;
  }

  /** PE-TTM on or before {@code asOf} and its percentile since inception (analytics' {@code ValuationStats}). */
  static double[] pePercentile(List<ValuationPoint> series, LocalDate asOf) {
    ValuationStats s = ValuationStats.of(PE_INDEX, series, asOf);
    return new double[] {s.peTtm(), s.percentile()};
  }

  /** Baseline 1: the review as one straight SQL query over the whole table. */
  static Map<String, Double> straightSql(Connection c, Period p) throws SQLException {
    return returns(c, "SELECT code, arg_max(adj_close, date) / coalesce(arg_max(adj_close, date) FILTER (WHERE date < ?),"
        + " arg_min(adj_close, date) FILTER (WHERE date >= ?)) - 1 FROM bars WHERE date <= ? GROUP BY code", p, false);
  }

  /**
   * Baseline 1b: the best hand-written statement over the bars alone: a window from 40 days before the start,
   * then 400 days, then the whole history for the codes that have no close before the start yet. (Ours reads
   * those codes' closes from the store's {@code bar_gaps} instead.)
   */
  static Map<String, Double> windowedSql(Connection c, Period p) throws SQLException {
    String s = "DATE '" + p.start() + "'";
    String e = "DATE '" + p.end() + "'";
    return returns(c, "WITH w AS (SELECT code, arg_max(adj_close, date) AS last_adj,"
        + " arg_max(adj_close, date) FILTER (WHERE date < " + s + ") AS before_adj,"
        + " arg_min(adj_close, date) FILTER (WHERE date >= " + s + ") AS first_adj"
        + " FROM bars WHERE date >= " + s + " - 40 AND date <= " + e + " GROUP BY code),"
        + " need AS (SELECT code FROM bar_codes WHERE first_date < " + s + " - 40"
        + " EXCEPT SELECT code FROM w WHERE before_adj IS NOT NULL),"
        + " old1 AS (SELECT code, arg_max(adj_close, date) AS before_adj FROM bars WHERE date >= " + s + " - 400"
        + " AND date < " + s + " - 40 AND code IN (SELECT code FROM need) GROUP BY code),"
        + " old2 AS (SELECT code, arg_max(adj_close, date) AS before_adj FROM bars WHERE date < " + s + " - 400"
        + " AND code IN (SELECT code FROM need EXCEPT SELECT code FROM old1) GROUP BY code),"
        + " old AS (SELECT * FROM old1 UNION ALL SELECT * FROM old2)"
        + " SELECT code, coalesce(w.last_adj, old.before_adj) / coalesce(w.before_adj, old.before_adj, w.first_adj) - 1"
        + " FROM w FULL JOIN old USING (code)", p, true);
  }

  private static Map<String, Double> returns(Connection c, String sql, Period p, boolean literal) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (!literal) {
        ps.setObject(1, p.start());
        ps.setObject(2, p.start());
        ps.setObject(3, p.end());
      }
      Map<String, Double> out = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double r = rs.getDouble(2);
          if (!rs.wasNull()) {
            out.put(rs.getString(1), r);
          }
        }
      }
      return out;
    }
  }

  private record PandasRun(double loadSeconds, List<Double> reviewMs, int count, double sumReturns, String note) {}

  private PandasRun pandas(Options o, Path export, Period p) throws IOException {
    Path script = o.dir().resolve("pandas_review.py");
    try (InputStream in = MarketBenchmark.class.getResourceAsStream("pandas_review.py")) {
      Files.copy(Objects.requireNonNull(in, "pandas_review.py resource"), script, StandardCopyOption.REPLACE_EXISTING);
    }
    ProcessBuilder pb = new ProcessBuilder(o.pandasPython().toString(), script.toString(), export.toString(),
        p.start().toString(), p.end().toString(), String.valueOf(o.runs())).redirectErrorStream(true);
    Process proc = pb.start();
    double load = Double.NaN;
    List<Double> ms = new ArrayList<>();
    int count = 0;
    double sum = Double.NaN;
    StringBuilder other = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.trim().split("\\s+");
        switch (f[0]) {
          case "load_s" -> load = Double.parseDouble(f[1]);
          case "review_ms" -> ms.add(Double.parseDouble(f[1]));
          case "count" -> count = Integer.parseInt(f[1]);
          case "sum_returns" -> sum = Double.parseDouble(f[1]);
          case "rows" -> progress.accept("  pandas loaded " + f[1] + " rows");
          default -> other.append(line).append(' ');
        }
      }
    }
    try {
      if (!proc.waitFor(2, TimeUnit.MINUTES)) {
        proc.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      proc.destroyForcibly();
    }
    String version = other.length() == 0 ? "ok" : other.toString().trim();
    return new PandasRun(load, ms, count, sum, proc.exitValue() == 0 ? version : "exit " + proc.exitValue() + ": " + version);
  }

  /** CPU time of the whole process (Java and DuckDB's native threads), or -1 when the JVM cannot tell. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static void resetHeapPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the start of the run: an upper bound of the peak heap in use. */
  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The process's peak resident memory (Java heap plus DuckDB's native memory), or -1 when unknown. */
  private static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double millis(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }
}
