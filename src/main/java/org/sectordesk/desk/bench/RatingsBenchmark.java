package org.sectordesk.desk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.sectordesk.desk.SchemeLibrary;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.PublishedRating;
import org.sectordesk.ratings.RatedName;
import org.sectordesk.ratings.RatingBookSummary;
import org.sectordesk.ratings.RatingScheme;
import org.sectordesk.ratings.RatingScorer;
import org.sectordesk.ratings.RatingStatus;
import org.sectordesk.ratings.RatingTarget;
import org.sectordesk.ratings.ScoredRating;
import org.sectordesk.ratings.Tier;
import org.sectordesk.store.BarLoad;
import org.sectordesk.store.Database;
import org.sectordesk.store.DeskCsvBarLoader;
import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.store.MarketStore;

/**
 * {@code desk bench ratings}: generates a rating book over the shares of a market store (deterministic), loads
 * the price histories it needs once, then scores the whole book (every rating plus the summaries) several times and
 * reports the median, minimum and maximum of the warm runs.
 */
public final class RatingsBenchmark {
  /** Index suffixes: codes with these are benchmarks or industries, never rated as companies here. */
  private static final List<String> INDEX_SUFFIXES = List.of(".HI", ".GI", ".SI", ".CSI", ".WI");

  /** Figures of one benchmark run, in milliseconds. */
  public record Result(int ratings, int names, long bars, LocalDate from, LocalDate to, double loadMs,
      double medianMs, double minMs, double maxMs, int warmRuns, Map<RatingStatus, Long> statuses) {}

  /** The full-market store {@code desk bench market} leaves in its folder. */
  public static final String FULL_MARKET_FILE = "market.duckdb";

  private RatingsBenchmark() {}

  /**
   * Runs on the store in {@code dir}: {@code market.duckdb} (the full-market synthetic store of {@code desk bench
   * market}), or, when {@code generateSecurities} is set, a smaller synthetic store generated once into
   * {@code ratings-bench-N.duckdb} in the same folder.
   */
  public static Result runOnDirectory(Path dir, Integer generateSecurities, int generateYears, int ratings, int years,
      int warmups, int runs, Consumer<String> progress) {
    Path file = generateSecurities == null ? dir.resolve(FULL_MARKET_FILE)
        : dir.resolve("ratings-bench-" + generateSecurities + "x" + generateYears + ".duckdb");
    if (generateSecurities != null && !Files.exists(file)) {
      generate(file, generateSecurities, generateYears, progress);
    }
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("no market store at " + file + ": run `desk bench market` first"
          + " (the full synthetic market), or pass --generate N for a smaller one");
    }
    progress.accept("using " + file);
    try (Database db = Database.open(file, true)) {
      return run(new DuckDbMarketStore(db), ratings, years, warmups, runs, 20241202L, progress);
    }
  }

  private static void generate(Path file, int securities, int years, Consumer<String> progress) {
    try {
      Files.createDirectories(file.getParent());
      SyntheticMarket market = new SyntheticMarket(securities, years, YearMonth.of(2025, 12), YearMonth.of(2024, 11), 7L);
      Path csv = file.resolveSibling(file.getFileName() + ".bars.csv");
      progress.accept("generating " + securities + " securities x " + years + " years into " + csv + " …");
      market.writeBars(csv);
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      try (Database db = Database.open(tmp)) {
        BarLoad r = new DeskCsvBarLoader(db).load(csv, market.codes(), null);
        if (!r.stored()) {
          throw new IllegalStateException("the synthetic bars were rejected: " + r.problems());
        }
        progress.accept(String.format("stored %,d bars", r.summary().inserted()));
      }
      Files.deleteIfExists(csv);
      Files.move(tmp, file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot generate " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param market     the store to read prices from
   * @param ratings    how many ratings to generate (100,000 for the target)
   * @param years      the ratings' dates spread over the last {@code years} years of the data
   * @param warmups    runs not measured
   * @param runs       measured runs
   */
  public static Result run(MarketStore market, int ratings, int years, int warmups, int runs, long seed,
      Consumer<String> progress) {
    Map<String, RatingScheme> schemes = SchemeLibrary.builtIn().all();
    List<String> stocks = new ArrayList<>();
    for (String code : market.codesWithBars()) {
      if (INDEX_SUFFIXES.stream().noneMatch(code::endsWith)) {
        stocks.add(code);
      }
    }
    if (stocks.isEmpty()) {
      throw new IllegalArgumentException("the store holds no shares to rate");
    }
    stocks.sort(null);
    PriceHistory hsi = market.history("HSI.HI");
    if (hsi.isEmpty()) {
      throw new IllegalArgumentException("the store has no HSI.HI closes (a benchmark of every built-in scheme)");
    }
    LocalDate last = hsi.lastDate();
    LocalDate first = last.minusYears(years);
    List<PublishedRating> book = generate(stocks, schemes, ratings, first, last, seed);
    progress.accept(String.format("generated %,d ratings on %,d names, %s..%s", book.size(), stocks.size(), first, last));

    Set<String> codes = new LinkedHashSet<>();
    for (PublishedRating r : book) {
      codes.add(r.code());
    }
    codes.addAll(List.of("HSI.HI", "SPX.GI", "IXIC.GI", "000300.SH", "899001.CSI", "899050.BJ"));
    long t0 = System.nanoTime();
    Map<String, PriceHistory> prices = market.histories(codes, first.minusMonths(1), last);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    long bars = prices.values().stream().mapToLong(PriceHistory::size).sum();
    progress.accept(String.format("loaded %,d bars of %,d codes in %.0f ms", bars, prices.size(), loadMs));

    RatingScorer scorer = new RatingScorer(schemes, RatingsBenchmark::nameOf,
        c -> prices.getOrDefault(c, PriceHistory.empty(c)));
    double[] times = new double[runs];
    List<ScoredRating> scored = List.of();
    for (int i = 0; i < warmups + runs; i++) {
      long s = System.nanoTime();
      scored = scorer.score(book, last);
      RatingBookSummary summary = RatingBookSummary.of(scored, schemes);
      double ms = (System.nanoTime() - s) / 1e6;
      if (summary.overall().count() != book.size()) {
        throw new IllegalStateException("scored " + summary.overall().count() + " of " + book.size() + " ratings");
      }
      if (i >= warmups) {
        times[i - warmups] = ms;
      }
      progress.accept(String.format("%s run %d: %.0f ms", i < warmups ? "warm-up" : "measured", i + 1, ms));
    }
    Map<RatingStatus, Long> statuses = new java.util.EnumMap<>(RatingStatus.class);
    for (ScoredRating s : scored) {
      statuses.merge(s.status(), 1L, Long::sum);
    }
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
    return new Result(book.size(), stocks.size(), bars, first, last, loadMs, median, sorted[0], sorted[runs - 1], runs,
        statuses);
  }

  static RatedName nameOf(String code) {
    return new RatedName(code, Market.ofCode(code), code.endsWith(".SI") ? RatingTarget.INDUSTRY : RatingTarget.STOCK);
  }

  /** A deterministic book: random names, dates, schemes and tiers; one rating per name and day. */
  static List<PublishedRating> generate(List<String> stocks, Map<String, RatingScheme> schemes, int n,
      LocalDate first, LocalDate last, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> ids = schemes.keySet().stream().sorted().toList();
    int days = (int) (last.toEpochDay() - first.toEpochDay());
    String[] analysts = {"A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"};
    Set<String> seen = new HashSet<>();
    List<PublishedRating> out = new ArrayList<>(n);
    while (out.size() < n) {
      String code = stocks.get(rnd.nextInt(stocks.size()));
      LocalDate date = first.plusDays(rnd.nextInt(days + 1));
      if (!seen.add(code + date)) {
        continue;
      }
      RatingScheme scheme = schemes.get(ids.get(rnd.nextInt(ids.size())));
      List<Tier> tiers = scheme.scale(RatingTarget.STOCK).orElseThrow().tiers().stream().filter(Tier::rated).toList();
      Tier tier = tiers.get(rnd.nextInt(tiers.size()));
      out.add(new PublishedRating(date, code, scheme.id(), tier.name(), Double.NaN, analysts[rnd.nextInt(analysts.length)], ""));
    }
    return out;
  }
}
