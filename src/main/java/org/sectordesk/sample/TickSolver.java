package org.sectordesk.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds tick-sized closes that give a published return: every figure p printed with d decimals
 * (HALF_UP) is met by aiming strictly inside its rounding interval, {@link #MARGIN} away from both
 * ends, so that neither float error nor half-up against half-even rounding can change a digit.
 */
final class TickSolver {
  /** Distance kept from every rounding boundary, as a fraction (0.0005 pct). */
  static final double MARGIN = 5e-6;

  private TickSolver() {}

  /** The printed figure's rounding interval as fractions, narrowed by {@link #MARGIN} at both ends. */
  static double[] interval(double printedPct, int digits) {
    double h = 0.5 * StrictMath.pow(10, -digits);
    return new double[] {(printedPct - h) / 100 + MARGIN, (printedPct + h) / 100 - MARGIN};
  }

  /** Valid closes that print as {@code printed} to one decimal, nearest to it first. */
  static List<Double> closeCandidates(PricePlan p, double printed) {
    List<Double> out = new ArrayList<>();
    double lo = printed - 0.05 + 1e-6;
    double hi = printed + 0.05 - 1e-6;
    for (double c = Ticks.ceil(p.market(), p.kind(), lo); c <= hi; c = Ticks.up(p.market(), p.kind(), c)) {
      out.add(c);
    }
    out.sort((x, y) -> Double.compare(Math.abs(x - printed), Math.abs(y - printed)));
    return out;
  }

  /** A valid base close B with end / B − 1 inside {@code j}, nearest the middle; null when none. */
  static Double findBase(PricePlan p, double end, double[] j) {
    double lo = end / (1 + j[1]);
    double hi = end / (1 + j[0]);
    double mid = end / (1 + (j[0] + j[1]) / 2);
    Double best = null;
    for (double b = Ticks.ceil(p.market(), p.kind(), lo); b <= hi; b = Ticks.up(p.market(), p.kind(), b)) {
      double ret = end / b - 1;
      if (ret > j[0] && ret < j[1] && (best == null || Math.abs(b - mid) < Math.abs(best - mid))) {
        best = b;
      }
    }
    return best;
  }

  /** Two valid closes near {@code level} whose ratio − 1 lies inside (lo, hi). */
  static double[] findPair(PricePlan p, double level, double lo, double hi) {
    double mid = (lo + hi) / 2;
    double up = p.tick(level);
    double down = up;
    for (int k = 0; k < 20_000; k++) {
      double start = k % 2 == 0 ? up : down;
      double end = p.tick(start * (1 + mid));
      for (int n = -2; n <= 2; n++) {
        double e = end;
        for (int s = 0; s < Math.abs(n); s++) {
          e = n > 0 ? Ticks.up(p.market(), p.kind(), e) : Ticks.down(p.market(), p.kind(), e);
        }
        double ret = e / start - 1;
        if (ret > lo && ret < hi) {
          return new double[] {start, e};
        }
      }
      if (k % 2 == 0) {
        up = Ticks.up(p.market(), p.kind(), up);
      } else {
        down = Ticks.down(p.market(), p.kind(), down);
      }
    }
    throw new IllegalStateException("no tick-sized closes of " + p.code() + " near " + level + " give a return in " + lo + ".." + hi);
  }

  /**
   * When no tick-sized base close gives a return inside {@code j}, the name pays a cash dividend going
   * ex on (or after) {@code ex}: the adjusted base close then moves by the dividend's factor, which
   * can be set finely. Picks the base close near a 1 % dividend, then the close before the ex-date and
   * the amount (in 0.001 of the currency). Returns the base close; the dividend is added to the plan.
   */
  static double dividendKnob(PricePlan p, LocalDate ex, double end, LocalDate baseDay, LocalDate endDay, double[] j) {
    LocalDate exDay = TradingDays.onOrAfter(p.market(), ex);
    double fixed = p.factorBetween(baseDay, endDay);
    double mid = (j[0] + j[1]) / 2;
    double guess = end / ((1 + mid) * fixed * 0.99);
    double baseUp = p.tick(guess);
    double baseDown = baseUp;
    for (int step = 0; step < 200; step++) {
      double base = step % 2 == 0 ? baseUp : baseDown;
      double fLo = end / (base * fixed * (1 + j[1] - MARGIN));
      double fHi = end / (base * fixed * (1 + j[0] + MARGIN));
      double pHint = StrictMath.sqrt(base * end);
      double pUp = p.tick(pHint);
      double pDown = pUp;
      for (int k = 0; k < 400; k++) {
        double price = k % 2 == 0 ? pUp : pDown;
        double dLo = (1 - fHi) * price;
        double dHi = (1 - fLo) * price;
        double amount = Math.ceil(dLo * 1000 - 1e-9) / 1000;
        if (amount > 0 && amount <= dHi) {
          double f = 1 - amount / price;
          if (f > fLo && f < fHi) {
            p.addDividend(exDay, amount, price);
            return base;
          }
        }
        if (k % 2 == 0) {
          pUp = Ticks.up(p.market(), p.kind(), pUp);
        } else {
          pDown = Ticks.down(p.market(), p.kind(), pDown);
        }
      }
      if (step % 2 == 0) {
        baseUp = Ticks.up(p.market(), p.kind(), baseUp);
      } else {
        baseDown = Ticks.down(p.market(), p.kind(), baseDown);
      }
    }
    throw new IllegalStateException("no dividend reaches the published return of " + p.code() + " between " + baseDay + " and " + endDay);
  }
}
