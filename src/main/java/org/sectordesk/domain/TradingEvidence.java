package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the stored data shows about the markets in a period: for each market the last day on or before the
 * period end on which any of its series (names, indices) has a bar inside the period. A market missing here
 * shows no trading in the period at all.
 */
public record TradingEvidence(Period period, Map<Market, LocalDate> lastTradingDays) {
  public TradingEvidence {
    EnumMap<Market, LocalDate> m = new EnumMap<>(Market.class);
    lastTradingDays.forEach((k, v) -> {
      if (v != null && period.contains(v)) {
        m.put(k, v);
      }
    });
    lastTradingDays = java.util.Collections.unmodifiableMap(m);
  }

  public static TradingEvidence none(Period period) {
    return new TradingEvidence(period, Map.of());
  }

  /** The market's last trading day in the period, when the data shows one. */
  public Optional<LocalDate> lastTradingDay(Market market) {
    return Optional.ofNullable(lastTradingDays.get(market));
  }
}
