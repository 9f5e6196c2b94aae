package org.sectordesk.desk.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sectordesk.analytics.MarketReview;
import org.sectordesk.analytics.ReturnStatus;
import org.sectordesk.analytics.ReviewRow;
import org.sectordesk.desk.json.Percent;

/**
 * {@code desk review}: the coverage review of a period. Returns are fractions (printed in percent in JSON), market
 * caps in 亿 of the base currency; NaN where there is no value. A stale series (its data ends before the period's
 * last trading day) has status {@code stale} and no return.
 */
public record ReviewView(PeriodView period, List<Benchmark> benchmarks, String baseCurrency, LocalDate ytdBase,
    LocalDate closeDate, List<Row> rows) {
  public ReviewView {
    benchmarks = List.copyOf(benchmarks);
    rows = List.copyOf(rows);
  }

  /** A market's benchmark and its return over the period. */
  public record Benchmark(String code, String name, @Percent @JsonProperty("return_pct") double periodReturn,
      LocalDate endDate, String status, LocalDate dataThrough) {
    @JsonIgnore
    public boolean isStale() {
      return status.equals(ReviewView.status(ReturnStatus.STALE));
    }
  }

  /** One covered name, and the FX value its market cap in the base currency was converted at (null when none). */
  public record Row(String code, String name, String sector, String market,
      @Percent @JsonProperty("return_pct") double periodReturn, String benchmark,
      @Percent @JsonProperty("vs_benchmark_pct") double vsBenchmark, @Percent @JsonProperty("ytd_pct") double ytd,
      double close, String currency, double mcapCnyYi, LocalDate closeDate, String status, LocalDate dataThrough,
      String ytdStatus, Double fxRate, LocalDate fxDate, String fxSource, String fxKind, Boolean fxStale,
      String priceBasis, @JsonIgnore long fxAgeDays) {
    /** True when only adjusted prices are stored for the close day: no raw close, no market cap from it. */
    @JsonIgnore
    public boolean isAdjustedOnly() {
      return PriceBasisNames.ADJUSTED.equals(priceBasis);
    }

    @JsonIgnore
    public boolean isStale() {
      return status.equals(ReviewView.status(ReturnStatus.STALE));
    }

    @JsonIgnore
    public boolean isYtdStale() {
      return ytdStatus.equals(ReviewView.status(ReturnStatus.STALE));
    }
  }

  public static ReviewView of(MarketReview review) {
    List<Benchmark> benchmarks = review.benchmarks().stream()
        .map(b -> new Benchmark(b.index().code(), b.index().displayName(), b.periodReturn().value(),
            b.periodReturn().end() == null ? null : b.periodReturn().end().date(), status(b.periodReturn().status()),
            b.periodReturn().dataThrough()))
        .toList();
    List<Row> rows = review.rows().stream().map(ReviewView::row).toList();
    return new ReviewView(PeriodView.of(review.period()), benchmarks, review.baseCurrency(), review.ytdBase(),
        review.closeDate(), rows);
  }

  static String status(ReturnStatus s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  private static Row row(ReviewRow r) {
    boolean fx = r.fx() != null;
    return new Row(r.security().code(), r.security().displayName(), r.security().subSector(),
        r.security().market().name(), r.periodReturn().value(), r.benchmark(), r.vsBenchmark(), r.ytd().value(),
        r.close(), r.security().currency(), r.marketCapBaseYi(), r.closeDate(), status(r.periodReturn().status()),
        r.periodReturn().dataThrough(), status(r.ytd().status()), fx ? r.fx().rate() : null, fx ? r.fx().date() : null,
        fx ? r.fx().source() : null, fx ? r.fx().kind().label() : null, fx ? r.fx().stale() : null,
        PriceBasisNames.of(r.closeDate(), r.close()), fx ? r.fx().ageDays() : 0);
  }
}
