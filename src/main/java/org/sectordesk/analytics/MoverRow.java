package org.sectordesk.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.Security;

/**
 * A line of a movers table (seed 003, figures 10-13): the name, its return and its market cap on
 * its last close, in the trading currency and in the base currency, both in 亿.
 */
public record MoverRow(Security security, PeriodReturn periodReturn, double close, LocalDate closeDate,
    double marketCapYi, double marketCapBaseYi) {

  /** Rows for the given returns (in their order), with caps from the latest observation on or before each close. */
  public static List<MoverRow> of(List<PeriodReturn> returns, Map<String, Security> securities,
      Map<String, Capitalisation> capitalisation, FxTable fx, String baseCurrency) {
    List<MoverRow> out = new ArrayList<>(returns.size());
    for (PeriodReturn r : returns) {
      Security s = securities.get(r.code());
      double close = r.end() == null ? Double.NaN : r.end().close();
      LocalDate day = r.end() == null ? null : r.end().date();
      double cap = day == null ? Double.NaN : MarketCap.inTradingCurrency(capitalisation.get(r.code()), close);
      double capBase = Double.NaN;
      if (!Double.isNaN(cap)) {
        Optional<FxTable.Quote> q = fx.rate(s.currency(), baseCurrency, day);
        capBase = q.map(x -> cap * x.rate() / MarketCap.YI).orElse(Double.NaN);
      }
      out.add(new MoverRow(s, r, close, day, cap / MarketCap.YI, capBase));
    }
    return out;
  }
}
