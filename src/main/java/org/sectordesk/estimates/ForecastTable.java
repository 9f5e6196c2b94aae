package org.sectordesk.estimates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sectordesk.analytics.FxTable;
import org.sectordesk.analytics.MarketCap;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.EpsEstimate;

/**
 * Builds the earnings-forecast and rating table from values passed in: estimates, the rating in force, last
 * closes, capitalisation and FX.
 */
public final class ForecastTable {
  private ForecastTable() {}

  /** What the table needs to know about one name on the as-of date. */
  public record NameOnDate(String code, String name, String currency, DatedClose lastClose,
      Capitalisation capitalisation, String rating, String ratingScheme) {
    public NameOnDate {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(currency, "currency");
    }
  }

  public static List<ForecastRow> build(List<NameOnDate> names, EstimateHistory estimates, FxTable fx,
      LocalDate asOf, List<Integer> years) {
    List<ForecastRow> rows = new ArrayList<>();
    for (NameOnDate n : names) {
      rows.add(row(n, estimates, fx, asOf, years));
    }
    return rows;
  }

  public static ForecastRow row(NameOnDate n, EstimateHistory estimates, FxTable fx, LocalDate asOf,
      List<Integer> years) {
    double close = n.lastClose() == null ? Double.NaN : n.lastClose().close();
    List<ForecastRow.YearForecast> ys = new ArrayList<>();
    for (int year : years) {
      Optional<EpsEstimate> e = estimates.inForce(n.code(), year, asOf);
      if (e.isEmpty()) {
        ys.add(new ForecastRow.YearForecast(year, Double.NaN, "", Double.NaN, Double.NaN, Double.NaN, null));
        continue;
      }
      EpsEstimate est = e.get();
      double r = fx.rate(n.currency(), est.currency(), asOf).map(FxTable.Quote::rate).orElse(Double.NaN);
      ys.add(new ForecastRow.YearForecast(year, est.eps(), est.currency(), est.perAds(),
          ForwardPe.of(close, r, est.epsPerTradedUnit()), r, est.asOf()));
    }
    return new ForecastRow(n.code(), n.name(), n.rating(), n.ratingScheme(), close,
        n.lastClose() == null ? null : n.lastClose().date(), n.currency(), marketCapMn(n.capitalisation(), close), ys);
  }

  /** Shares times close, or the stored market cap, in millions of the trading currency; NaN when unknown. */
  public static double marketCapMn(Capitalisation c, double close) {
    return MarketCap.inTradingCurrency(c, close) / MarketCap.MILLION;
  }
}
