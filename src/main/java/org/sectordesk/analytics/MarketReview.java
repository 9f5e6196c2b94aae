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

/**
 * The market review of a period: each benchmark's return and, for every covered name, its return,
 * its gap to its market's benchmark, YTD, last close and market cap in the base currency.
 */
public record MarketReview(Period period, String baseCurrency, List<BenchmarkReturn> benchmarks, List<ReviewRow> rows) {

  /** A benchmark index and its return over the period. */
  public record BenchmarkReturn(Security index, PeriodReturn periodReturn) {}

  public MarketReview {
    benchmarks = List.copyOf(benchmarks);
    rows = List.copyOf(rows);
  }

  /**
   * Builds the review.
   *
   * @param periodCloses closes around the period for every covered name and every benchmark
   * @param ytdCloses    closes around the year to the period end, same codes
   * @param capitalisation the latest shares / market cap on or before each name's last close
   */
  public static MarketReview build(ReferenceData ref, List<Security> names, Period period,
      Map<String, PeriodCloses> periodCloses, Map<String, PeriodCloses> ytdCloses,
      Map<String, Capitalisation> capitalisation, FxTable fx) {
    Map<String, PeriodReturn> benchReturns = new LinkedHashMap<>();
    List<BenchmarkReturn> benchmarks = new ArrayList<>();
    for (Market m : Market.values()) {
      Optional<String> b = ref.benchmarks().benchmarkFor(m);
      if (b.isPresent() && !benchReturns.containsKey(b.get())) {
        PeriodReturn r = returnOf(b.get(), period, periodCloses);
        benchReturns.put(b.get(), r);
        benchmarks.add(new BenchmarkReturn(ref.require(b.get()), r));
      }
    }
    List<ReviewRow> rows = new ArrayList<>();
    for (Security s : names) {
      PeriodReturn r = returnOf(s.code(), period, periodCloses);
      PeriodReturn ytd = returnOf(s.code(), Period.yearToDate(period.end()), ytdCloses);
      String bench = ref.benchmarks().benchmarkFor(s.market()).orElse(null);
      double benchReturn = bench == null ? Double.NaN : benchReturns.get(bench).value();
      double vs = r.hasValue() && !Double.isNaN(benchReturn) ? PeriodReturns.excess(r.value(), benchReturn) : Double.NaN;
      double close = Double.NaN;
      LocalDate closeDate = null;
      double cap = Double.NaN;
      double capBaseYi = Double.NaN;
      LocalDate fxDate = null;
      if (r.end() != null) {
        close = r.end().close();
        closeDate = r.end().date();
        cap = MarketCap.inTradingCurrency(capitalisation.get(s.code()), close);
        if (!Double.isNaN(cap)) {
          Optional<FxTable.Quote> q = fx.rate(s.currency(), ref.baseCurrency(), closeDate);
          if (q.isPresent()) {
            capBaseYi = cap * q.get().rate() / MarketCap.YI;
            fxDate = q.get().date();
          }
        }
      }
      rows.add(new ReviewRow(s, r, bench, benchReturn, vs, ytd, close, closeDate, cap, capBaseYi, fxDate));
    }
    return new MarketReview(period, ref.baseCurrency(), benchmarks, rows);
  }

  private static PeriodReturn returnOf(String code, Period p, Map<String, PeriodCloses> closes) {
    PeriodCloses c = closes.get(code);
    if (c == null) {
      c = new PeriodCloses(code, p, null, null, null);
    }
    return PeriodReturns.compute(c);
  }

  /** The benchmark return of an index code, if it is one of this review's benchmarks. */
  public Optional<PeriodReturn> benchmarkReturn(String code) {
    return benchmarks.stream().filter(b -> b.index().code().equals(code)).map(BenchmarkReturn::periodReturn).findFirst();
  }
}
