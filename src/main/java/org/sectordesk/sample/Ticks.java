package org.sectordesk.sample;

import org.sectordesk.domain.Market;
import org.sectordesk.domain.SecurityKind;

/**
 * Price steps ("ticks") of the sample's markets: the HKEX spread table, one cent for US shares of a
 * dollar or more (0.0001 below), one fen for A-shares, 0.01 points for index levels. Prices are kept
 * as exact multiples by counting in units of 1/10,000.
 */
final class Ticks {
  private static final double UNIT = 10_000.0;

  private Ticks() {}

  /** The tick, in units of 1/10,000, that applies to a price around {@code price}. */
  static long tickUnits(Market market, SecurityKind kind, double price) {
    if (kind == SecurityKind.INDEX) {
      return 100;
    }
    switch (market) {
      case HK:
        if (price < 0.25) return 10;
        if (price < 0.50) return 50;
        if (price < 10) return 100;
        if (price < 20) return 200;
        if (price < 100) return 500;
        if (price < 200) return 1_000;
        if (price < 500) return 2_000;
        if (price < 1_000) return 5_000;
        if (price < 2_000) return 10_000;
        return 20_000;
      case US:
        return price < 1 ? 1 : 100;
      default:
        return 100;
    }
  }

  /** The nearest valid price to {@code price} (never below one tick). */
  static double round(Market market, SecurityKind kind, double price) {
    long t = tickUnits(market, kind, price);
    long n = Math.max(1, Math.round(price * UNIT / t));
    return n * t / UNIT;
  }

  /** The valid price one tick above a valid price. */
  static double up(Market market, SecurityKind kind, double price) {
    long units = Math.round(price * UNIT);
    return (units + tickUnits(market, kind, price)) / UNIT;
  }

  /** The valid price one tick below a valid price (or the same price when it is the lowest tick). */
  static double down(Market market, SecurityKind kind, double price) {
    long units = Math.round(price * UNIT);
    long t = tickUnits(market, kind, (units - 1) / UNIT);
    return units - t <= 0 ? price : (units - t) / UNIT;
  }

  /** The lowest valid price at or above {@code price}. */
  static double ceil(Market market, SecurityKind kind, double price) {
    double p = round(market, kind, price);
    while (p < price - 1e-12) {
      p = up(market, kind, p);
    }
    while (true) {
      double d = down(market, kind, p);
      if (d < p && d >= price - 1e-12) {
        p = d;
      } else {
        return p;
      }
    }
  }
}
