package org.sectordesk.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.TradingEvidence;

/**
 * The market review of a period: each benchmark's return and, for every covered name, its return,
 * its gap to its market's benchmark, YTD, last close and market cap in the base currency.
 *
 * @param ytdBase   the close YTD is measured from: the day on or before which the base close is taken
 * @param closeDate the day the close column is as of (on or before it)
 */
public record MarketReview(Period period, String baseCurrency, List<BenchmarkReturn> benchmarks, List<ReviewRow> rows,
    LocalDate ytdBase, LocalDate closeDate) {

  /** A benchmark index and its return over the period. */
  public record BenchmarkReturn(Security index, PeriodReturn periodReturn) {}

  public MarketReview {
    benchmarks = List.copyOf(benchmarks);
    rows = List.copyOf(rows);
  }

  /** The review with no knowledge of where series end (every series is taken as current), calendar YTD. */
  public static MarketReview build(ReferenceData ref, List<Security> names, Period period,
      Map<String, PeriodCloses> periodCloses, Map<String, PeriodCloses> ytdCloses,
      Map<String, Capitalisation> capitalisation, FxTable fx) {
    Period ytd = ytdPeriod(period.end(), null);
    return build(ref, names, period, periodCloses, ytdCloses, periodCloses, capitalisation, fx,
        new DataCoverage(Map.of(), TradingEvidence.none(period)), new DataCoverage(Map.of(), TradingEvidence.none(ytd)),
        ytd.start().minusDays(1), period.end());
  }

  /** The YTD window ending {@code end}: from the close on or before {@code base}, or calendar (previous year's last close). */
  public static Period ytdPeriod(LocalDate end, LocalDate base) {
    if (base == null) {
      return Period.yearToDate(end);
    }
    if (!base.isBefore(end)) {
      throw new IllegalArgumentException("YTD base " + base + " is not before the period end " + end);
    }
    return Period.custom(base.plusDays(1), end);
  }

  /**
   * Builds the review.
   *
   * @param periodCloses closes around the period for every covered name and every benchmark
   * @param ytdCloses    closes around the YTD window (see {@link #ytdPeriod}), same codes
   * @param closeCloses  closes whose last one is the close to show (as of {@code closeDate})
   * @param capitalisation the latest shares / market cap on or before each name's shown close
   * @param periodCoverage where series end and when markets last traded in the period; {@code ytdCoverage} the same for YTD
   */
  public static MarketReview build(ReferenceData ref, List<Security> names, Period period,
      Map<String, PeriodCloses> periodCloses, Map<String, PeriodCloses> ytdCloses, Map<String, PeriodCloses> closeCloses,
      Map<String, Capitalisation> capitalisation, FxTable fx, DataCoverage periodCoverage, DataCoverage ytdCoverage,
      LocalDate ytdBase, LocalDate closeDay) {
    Map<String, PeriodReturn> benchReturns = new LinkedHashMap<>();
    List<BenchmarkReturn> benchmarks = new ArrayList<>();
    for (Market m : Market.values()) {
      Optional<String> b = ref.benchmarks().benchmarkFor(m);
      if (b.isPresent() && !benchReturns.containsKey(b.get())) {
        Security index = ref.require(b.get());
        PeriodReturn r = periodCoverage.periodReturn(index, periodCloses.get(b.get()));
        benchReturns.put(b.get(), r);
        benchmarks.add(new BenchmarkReturn(index, r));
      }
    }
    List<ReviewRow> rows = new ArrayList<>();
    for (Security s : names) {
      PeriodReturn r = periodCoverage.periodReturn(s, periodCloses.get(s.code()));
      PeriodReturn ytd = ytdCoverage.periodReturn(s, ytdCloses.get(s.code()));
      if (r.isStale() && !ytd.isStale() && ytd.end() != null) {
        // YTD ends on the period's end, so it needs the same data: a long window finds its market's "last trading
        // day" in the data even when every series of the market stopped months ago, and would pass a stale YTD
        ytd = new PeriodReturn(ytd.code(), ytd.period(), ytd.base(), ytd.end(), Double.NaN, ReturnStatus.STALE,
            ytd.dataThrough());
      }
      String bench = ref.benchmarks().benchmarkFor(s.market()).orElse(null);
      double benchReturn = bench == null ? Double.NaN : benchReturns.get(bench).value();
      double vs = r.hasValue() && !Double.isNaN(benchReturn) ? PeriodReturns.excess(r.value(), benchReturn) : Double.NaN;
      double close = Double.NaN;
      LocalDate closeDate = null;
      double cap = Double.NaN;
      double capBaseYi = Double.NaN;
      FxTable.Quote fxUsed = null;
      PeriodCloses shown = closeCloses.get(s.code());
      if (!r.isStale() && shown != null && shown.last() != null) {
        close = shown.last().close();
        closeDate = shown.last().date();
        cap = MarketCap.inTradingCurrency(capitalisation.get(s.code()), close);
        if (!Double.isNaN(cap)) {
          Optional<FxTable.Quote> q = fx.rate(s.currency(), ref.baseCurrency(), closeDate);
          if (q.isPresent()) {
            capBaseYi = cap * q.get().rate() / MarketCap.YI;
            fxUsed = q.get();
          }
        }
      }
      rows.add(new ReviewRow(s, r, bench, benchReturn, vs, ytd, close, closeDate, cap, capBaseYi, fxUsed));
    }
    return new MarketReview(period, ref.baseCurrency(), benchmarks, rows, ytdBase, closeDay);
  }

  /** The benchmark return of an index code, if it is one of this review's benchmarks. */
  public Optional<PeriodReturn> benchmarkReturn(String code) {
    return benchmarks.stream().filter(b -> b.index().code().equals(code)).map(BenchmarkReturn::periodReturn).findFirst();
  }
}
