package org.sectordesk.desk.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sectordesk.analytics.MarketReview;
import org.sectordesk.analytics.ReviewRow;
import org.sectordesk.desk.json.Percent;

/**
 * {@code desk review}: the coverage review of a period. Returns are fractions (printed in percent in JSON), market
 * caps in 亿 of the base currency; NaN where there is no value.
 */
public record ReviewView(PeriodView period, List<Benchmark> benchmarks, String baseCurrency, List<Row> rows) {
  public ReviewView {
    benchmarks = List.copyOf(benchmarks);
    rows = List.copyOf(rows);
  }

  /** A market's benchmark and its return over the period. */
  public record Benchmark(String code, String name, @Percent @JsonProperty("return_pct") double periodReturn,
      LocalDate endDate) {}

  /** One covered name. */
  public record Row(String code, String name, String sector, String market,
      @Percent @JsonProperty("return_pct") double periodReturn, String benchmark,
      @Percent @JsonProperty("vs_benchmark_pct") double vsBenchmark, @Percent @JsonProperty("ytd_pct") double ytd,
      double close, String currency, double mcapCnyYi, LocalDate closeDate, String status) {}

  public static ReviewView of(MarketReview review) {
    List<Benchmark> benchmarks = review.benchmarks().stream()
        .map(b -> new Benchmark(b.index().code(), b.index().displayName(), b.periodReturn().value(),
            b.periodReturn().end() == null ? null : b.periodReturn().end().date()))
        .toList();
    List<Row> rows = review.rows().stream().map(ReviewView::row).toList();
    return new ReviewView(PeriodView.of(review.period()), benchmarks, review.baseCurrency(), rows);
  }

  private static Row row(ReviewRow r) {
    return new Row(r.security().code(), r.security().displayName(), r.security().subSector(),
        r.security().market().name(), r.periodReturn().value(), r.benchmark(), r.vsBenchmark(), r.ytd().value(),
        r.close(), r.security().currency(), r.marketCapBaseYi(), r.closeDate(),
        r.periodReturn().status().name().toLowerCase(Locale.ROOT));
  }
}
