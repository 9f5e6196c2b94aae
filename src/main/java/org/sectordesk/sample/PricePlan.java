package org.sectordesk.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityKind;

/**
 * What the generator has decided about one security before drawing its path: the raw closes it must
 * hit on given days (anchors), its cash dividends, share counts, listing / delisting days and
 * suspension. Mutable while the calibration runs; read once by {@link PathWriter}.
 */
final class PricePlan {
  record Dividend(LocalDate exDate, double amount) {}

  final Security security;
  final TreeMap<LocalDate, Double> anchors = new TreeMap<>();
  /** Rough price levels by date, for the look of the path and for placing dividend anchors. */
  final TreeMap<LocalDate, Double> hints = new TreeMap<>();
  final List<Dividend> dividends = new ArrayList<>();
  final TreeMap<LocalDate, Long> shares = new TreeMap<>();
  final Set<LocalDate> suspended = new HashSet<>();
  LocalDate first;
  LocalDate last;
  double dailyVol;

  PricePlan(Security security, LocalDate first, LocalDate last) {
    this.security = security;
    this.first = first;
    this.last = last;
    this.dailyVol = security.kind() == SecurityKind.INDEX ? 0.011 : security.market() == Market.CN ? 0.026 : 0.023;
  }

  Market market() {
    return security.market();
  }

  SecurityKind kind() {
    return security.kind();
  }

  String code() {
    return security.code();
  }

  double tick(double price) {
    return Ticks.round(market(), kind(), price);
  }

  boolean isTradingDay(LocalDate d) {
    return !d.isBefore(first) && !d.isAfter(last) && TradingDays.isTradingDay(market(), d) && !suspended.contains(d);
  }

  void anchor(LocalDate d, double price) {
    if (!isTradingDay(d)) {
      throw new IllegalStateException("anchor of " + code() + " on " + d + ", which is not one of its trading days");
    }
    Double old = anchors.put(d, price);
    if (old != null && Math.abs(old - price) > 1e-9) {
      throw new IllegalStateException("two anchors for " + code() + " on " + d + ": " + old + " and " + price);
    }
  }

  /** Geometric interpolation of the known levels (anchors first, then hints). */
  double levelAt(LocalDate d) {
    TreeMap<LocalDate, Double> known = new TreeMap<>(hints);
    known.putAll(anchors);
    Map.Entry<LocalDate, Double> lo = known.floorEntry(d);
    Map.Entry<LocalDate, Double> hi = known.ceilingEntry(d);
    if (lo == null && hi == null) {
      throw new IllegalStateException("no level known for " + code());
    }
    if (lo == null) {
      return hi.getValue();
    }
    if (hi == null || hi.getKey().equals(lo.getKey())) {
      return lo.getValue();
    }
    double w = (double) (d.toEpochDay() - lo.getKey().toEpochDay()) / (hi.getKey().toEpochDay() - lo.getKey().toEpochDay());
    return StrictMath.exp(StrictMath.log(lo.getValue()) * (1 - w) + StrictMath.log(hi.getValue()) * w);
  }

  /** The adjustment factor of one dividend: 1 − amount / close of the day before the ex-date (an anchor). */
  double factor(Dividend div) {
    LocalDate before = TradingDays.before(market(), div.exDate());
    Double p = anchors.get(before);
    if (p == null) {
      throw new IllegalStateException("dividend of " + code() + " on " + div.exDate() + " has no anchored close on " + before);
    }
    return 1 - div.amount() / p;
  }

  /** Product of the factors of the dividends going ex after {@code from} and on or before {@code to}. */
  double factorBetween(LocalDate from, LocalDate to) {
    double f = 1;
    for (Dividend div : dividends) {
      if (div.exDate().isAfter(from) && !div.exDate().isAfter(to)) {
        f *= factor(div);
      }
    }
    return f;
  }

  /** Adds a dividend and anchors the close of the day before its ex-date at the path's level there. */
  void addDividend(LocalDate exDate, double amount, double closeBefore) {
    LocalDate before = TradingDays.before(market(), exDate);
    anchor(before, closeBefore);
    dividends.add(new Dividend(exDate, amount));
  }
}
