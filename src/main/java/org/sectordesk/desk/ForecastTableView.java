package org.sectordesk.desk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The earnings-forecast and rating table (重点公司盈利预测及投资评级) as the faces print it. Numbers are
 * unrounded; {@code NaN} where there is no value.
 *
 * @param scheme     the table's one rating scheme (the analyst's {@code forecast_table.scheme}, else the scheme of
 *                   its first rated name); empty when no name is rated
 * @param schemeName that scheme's name, e.g. 国信证券投资评级
 */
@JsonIgnoreProperties({"years", "nm"})
public record ForecastTableView(LocalDate asOf, List<Integer> years, boolean nm, String scheme, String schemeName,
    List<Row> rows) {
  /** A row's rating is printed as published under another scheme: no mapping to the table's scheme is stated. */
  public static final String RATING_UNMAPPED = "rating_unmapped";
  /** A listed name has no forecast in force for any of the table's years: its EPS and PE are missing. */
  public static final String NO_ESTIMATES = "no_estimates";
  /** A listed name has no close on or before the as-of date: its close, market cap and PE are missing. */
  public static final String NO_CLOSE = "no_close";

  public ForecastTableView {
    years = List.copyOf(years);
    scheme = scheme == null ? "" : scheme;
    schemeName = schemeName == null ? "" : schemeName;
    rows = List.copyOf(rows);
  }

  /**
   * One company: close in the trading currency, market cap in millions of it, EPS and PE per fiscal year.
   * {@code rating} is the tier under the table's scheme, or the published tier when {@code flags} holds
   * {@link #RATING_UNMAPPED}; {@code scheme} is the scheme {@code rating} belongs to; {@code rated} is the rating as
   * published (null when none); {@code flags} lists what is missing or printed as published.
   */
  public record Row(String code, String name, String rating, String scheme, double close, LocalDate closeDate,
      String currency, double mcapMn, List<Eps> eps, List<Pe> pe, boolean inCoverage, Rated rated,
      boolean ratingMapped, List<String> flags) {
    public Row {
      eps = List.copyOf(eps);
      pe = List.copyOf(pe);
      flags = List.copyOf(flags);
    }

    public boolean has(String flag) {
      return flags.contains(flag);
    }
  }

  /** A rating as published: its scheme (and that scheme's name), tier and date. */
  public record Rated(String scheme, String schemeName, String tier, LocalDate date) {}

  /** EPS forecast for a year (per ordinary share; {@code perAds} shares per ADS when set), NaN when none. */
  public record Eps(int year, double value, String currency, double perAds,
      @JsonProperty("as_of") LocalDate estimateAsOf) {}

  /**
   * PE for a year; NaN when it cannot be computed or when {@code nm} (not meaningful: loss or zero EPS under the
   * NM rule). {@code fx} is the rate used: units of the EPS currency per unit of the trading currency.
   */
  public record Pe(int year, double value, boolean nm, double fx) {}
}
