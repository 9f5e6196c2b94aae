package org.sectordesk.desk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The earnings-forecast and rating table (重点公司盈利预测及投资评级) as the faces print it. Numbers are
 * unrounded; {@code NaN} where there is no value.
 */
@JsonIgnoreProperties({"years", "nm"})
public record ForecastTableView(LocalDate asOf, List<Integer> years, boolean nm, List<Row> rows) {
  public ForecastTableView {
    years = List.copyOf(years);
    rows = List.copyOf(rows);
  }

  /** One company: close in the trading currency, market cap in millions of it, EPS and PE per fiscal year. */
  public record Row(String code, String name, String rating, String scheme, double close, LocalDate closeDate,
      String currency, double mcapMn, List<Eps> eps, List<Pe> pe) {
    public Row {
      eps = List.copyOf(eps);
      pe = List.copyOf(pe);
    }
  }

  /** EPS forecast for a year (per ordinary share; {@code perAds} shares per ADS when set), NaN when none. */
  public record Eps(int year, double value, String currency, double perAds,
      @JsonProperty("as_of") LocalDate estimateAsOf) {}

  /**
   * PE for a year; NaN when it cannot be computed or when {@code nm} (not meaningful: loss or zero EPS under the
   * NM rule). {@code fx} is the rate used: units of the EPS currency per unit of the trading currency.
   */
  public record Pe(int year, double value, boolean nm, double fx) {}
}
