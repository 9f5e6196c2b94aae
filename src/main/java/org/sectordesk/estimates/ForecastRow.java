package org.sectordesk.estimates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of the earnings-forecast and rating table (重点公司盈利预测及投资评级). Prices are in the trading
 * currency; {@code NaN} where there is no data.
 *
 * @param rating     the tier in force on the as-of date, empty when none
 * @param close      last close on or before the as-of date
 * @param closeDate  its date, null when none
 * @param mcapMn     market cap in millions of the trading currency
 * @param years      one entry per requested fiscal year
 */
public record ForecastRow(String code, String name, String rating, String ratingScheme, double close,
    LocalDate closeDate, String currency, double mcapMn, List<YearForecast> years) {

  public ForecastRow {
    Objects.requireNonNull(code, "code");
    name = name == null ? "" : name;
    rating = rating == null ? "" : rating;
    ratingScheme = ratingScheme == null ? "" : ratingScheme;
    Objects.requireNonNull(currency, "currency");
    years = List.copyOf(years);
  }

  /**
   * EPS and PE for one fiscal year.
   *
   * @param eps         EPS as forecast (per ordinary share when {@code perAds} is set), NaN when none
   * @param epsCurrency its currency, empty when none
   * @param pe          price in the EPS currency over EPS per traded unit; negative for a loss, NaN when not
   *                    computable (no EPS, zero EPS, no price or no FX)
   * @param fx          units of EPS currency per unit of trading currency used for the PE
   * @param estimateAsOf the as-of date of the forecast used
   */
  public record YearForecast(int year, double eps, String epsCurrency, double perAds, double pe, double fx,
      LocalDate estimateAsOf) {
    public YearForecast {
      epsCurrency = epsCurrency == null ? "" : epsCurrency;
    }

    /** True when the PE should print as NM under a not-meaningful rule: a loss or zero earnings. */
    public boolean notMeaningful() {
      return !Double.isNaN(eps) && !(eps > 0);
    }
  }
}
