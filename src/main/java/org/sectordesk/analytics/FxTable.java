package org.sectordesk.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.sectordesk.domain.FxRate;

/**
 * Exchange rates by pair and day. A day without a fixing (weekend, holiday, a gap in the feed) takes
 * the last rate on or before it; a pair not stored directly is inverted or crossed through USD or CNY.
 */
public final class FxTable {
  /** A rate used for a conversion and the day it was fixed. */
  public record Quote(LocalDate date, double rate) {}

  private final Map<String, NavigableMap<LocalDate, Double>> byPair = new HashMap<>();

  private FxTable(List<FxRate> rates) {
    for (FxRate r : rates) {
      byPair.computeIfAbsent(r.base() + "/" + r.quote(), k -> new TreeMap<>()).put(r.date(), r.rate());
    }
  }

  public static FxTable of(List<FxRate> rates) {
    return new FxTable(rates);
  }

  /** Units of {@code quote} per unit of {@code base} on {@code day}, or empty when no rate is known by then. */
  public Optional<Quote> rate(String base, String quote, LocalDate day) {
    if (base.equals(quote)) {
      return Optional.of(new Quote(day, 1.0));
    }
    Optional<Quote> direct = direct(base, quote, day);
    if (direct.isPresent()) {
      return direct;
    }
    for (String via : List.of("USD", "CNY", "HKD")) {
      if (via.equals(base) || via.equals(quote)) {
        continue;
      }
      Optional<Quote> a = direct(base, via, day);
      Optional<Quote> b = direct(via, quote, day);
      if (a.isPresent() && b.isPresent()) {
        LocalDate older = a.get().date().isBefore(b.get().date()) ? a.get().date() : b.get().date();
        return Optional.of(new Quote(older, a.get().rate() * b.get().rate()));
      }
    }
    return Optional.empty();
  }

  /** Like {@link #rate} but fails with a message naming the pair and day. */
  public Quote require(String base, String quote, LocalDate day) {
    return rate(base, quote, day).orElseThrow(() -> new IllegalStateException(
        "no " + base + "/" + quote + " rate on or before " + day + " (import FX rates: desk import fx FILE)"));
  }

  private Optional<Quote> direct(String base, String quote, LocalDate day) {
    NavigableMap<LocalDate, Double> m = byPair.get(base + "/" + quote);
    if (m != null) {
      Map.Entry<LocalDate, Double> e = m.floorEntry(day);
      if (e != null) {
        return Optional.of(new Quote(e.getKey(), e.getValue()));
      }
    }
    NavigableMap<LocalDate, Double> inv = byPair.get(quote + "/" + base);
    if (inv != null) {
      Map.Entry<LocalDate, Double> e = inv.floorEntry(day);
      if (e != null) {
        return Optional.of(new Quote(e.getKey(), 1.0 / e.getValue()));
      }
    }
    return Optional.empty();
  }

  public List<String> pairs() {
    return new ArrayList<>(byPair.keySet());
  }
}
