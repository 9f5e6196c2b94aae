package org.sectordesk.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Which index each market's names are measured against (workspace data, e.g. HK → HSTECH.HI, US → IXIC.GI). */
public record BenchmarkMap(Map<Market, String> byMarket) {
  public BenchmarkMap {
    Objects.requireNonNull(byMarket, "byMarket");
    EnumMap<Market, String> copy = new EnumMap<>(Market.class);
    byMarket.forEach((m, code) -> copy.put(m, SecurityCodes.normalise(code)));
    byMarket = Map.copyOf(copy);
  }

  public Optional<String> benchmarkFor(Market market) {
    return Optional.ofNullable(byMarket.get(market));
  }
}
