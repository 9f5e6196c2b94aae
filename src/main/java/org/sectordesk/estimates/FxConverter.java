package org.sectordesk.estimates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.sectordesk.domain.FxRate;

/**
 * Converts amounts between currencies at the last rate on or before a day: the pair as stored, its inverse,
 * or, when neither is stored, through USD (e.g. HKD to CNY from USD/HKD and USD/CNY).
 */
public final class FxConverter {
  private final Map<String, List<FxRate>> byPair = new HashMap<>();

  public FxConverter(List<FxRate> rates) {
    for (FxRate r : rates) {
      byPair.computeIfAbsent(r.pair(), k -> new ArrayList<>()).add(r);
    }
    byPair.values().forEach(l -> l.sort(Comparator.comparing(FxRate::date)));
  }

  /** Units of {@code to} one unit of {@code from} buys on {@code day}; empty when no path exists. */
  public OptionalDouble rate(String from, String to, LocalDate day) {
    if (from.equals(to)) {
      return OptionalDouble.of(1.0);
    }
    OptionalDouble direct = stored(from, to, day);
    if (direct.isPresent()) {
      return direct;
    }
    for (String via : List.of("USD", "CNY", "HKD")) {
      if (via.equals(from) || via.equals(to)) {
        continue;
      }
      OptionalDouble a = stored(from, via, day);
      OptionalDouble b = stored(via, to, day);
      if (a.isPresent() && b.isPresent()) {
        return OptionalDouble.of(a.getAsDouble() * b.getAsDouble());
      }
    }
    return OptionalDouble.empty();
  }

  /** Like {@link #rate} but fails with a message naming the pair and day. */
  public double require(String from, String to, LocalDate day) {
    OptionalDouble r = rate(from, to, day);
    if (r.isEmpty()) {
      throw new IllegalArgumentException("no FX rate " + from + "/" + to + " on or before " + day
          + " (neither the pair, its inverse nor a cross through USD is stored)");
    }
    return r.getAsDouble();
  }

  private OptionalDouble stored(String base, String quote, LocalDate day) {
    FxRate r = last(byPair.get(base + "/" + quote), day);
    if (r != null) {
      return OptionalDouble.of(r.rate());
    }
    FxRate inv = last(byPair.get(quote + "/" + base), day);
    return inv == null ? OptionalDouble.empty() : OptionalDouble.of(1.0 / inv.rate());
  }

  private static FxRate last(List<FxRate> l, LocalDate day) {
    if (l == null) {
      return null;
    }
    int lo = 0;
    int hi = l.size() - 1;
    FxRate found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (l.get(mid).date().isAfter(day)) {
        hi = mid - 1;
      } else {
        found = l.get(mid);
        lo = mid + 1;
      }
    }
    return found;
  }
}
