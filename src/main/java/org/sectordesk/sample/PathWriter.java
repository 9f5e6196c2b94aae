package org.sectordesk.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.SecurityKind;

/**
 * Draws the daily bars of one planned security: a random walk in log price, pinned at every anchor
 * by a Brownian bridge (so anchors are hit exactly and the days between look like a market), rounded
 * to the market's ticks, with open / high / low / volume around it and adjusted closes from the
 * planned dividends.
 */
final class PathWriter {
  private PathWriter() {}

  static List<Bar> bars(PricePlan plan, SplittableRandom rng) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d : TradingDays.between(plan.market(), plan.first, plan.last)) {
      if (!plan.suspended.contains(d)) {
        days.add(d);
      }
    }
    int n = days.size();
    if (plan.anchors.isEmpty()) {
      throw new IllegalStateException("no anchor for " + plan.code());
    }
    double vol = plan.dailyVol;
    double[] logp = pinnedWalk(days, plan.anchors, vol, rng);
    boolean[] pinned = new boolean[n];
    for (int i = 0; i < n; i++) {
      pinned[i] = plan.anchors.containsKey(days.get(i));
    }
    respectPriceLimit(logp, pinned, priceLimit(plan));
    double[] close = new double[n];
    for (int i = 0; i < n; i++) {
      close[i] = pinned[i] ? plan.anchors.get(days.get(i)) : plan.tick(StrictMath.exp(logp[i]));
    }
    // adjustment factors: back-adjusted, a dividend scales every close before its ex-date
    double[] factor = new double[n];
    java.util.Arrays.fill(factor, 1.0);
    for (PricePlan.Dividend div : plan.dividends) {
      double f = plan.factor(div);
      for (int i = 0; i < n && days.get(i).isBefore(div.exDate()); i++) {
        factor[i] *= f;
      }
    }
    boolean index = plan.kind() == SecurityKind.INDEX;
    double baseVolume = index ? Double.NaN : volumeBase(plan, close);
    List<Bar> bars = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double c = close[i];
      double ref = i == 0 ? c : close[i - 1];
      double open = plan.tick(ref * StrictMath.exp(0.4 * vol * rng.nextGaussian()));
      double hi = Math.max(open, c) * (1 + Math.abs(0.5 * vol * rng.nextGaussian()));
      double lo = Math.min(open, c) * (1 - Math.abs(0.5 * vol * rng.nextGaussian()));
      double high = Ticks.ceil(plan.market(), plan.kind(), hi);
      double low = plan.tick(lo);
      if (low > Math.min(open, c)) {
        low = Math.min(open, c);
      }
      double adj = factor[i] == 1.0 ? c : c * factor[i];
      double volume = index ? Double.NaN
          : Math.rint(baseVolume * StrictMath.exp(0.45 * rng.nextGaussian()) * (1 + 8 * Math.abs(StrictMath.log(c / ref))));
      bars.add(new Bar(plan.code(), days.get(i), open, high, low, c, adj, volume, plan.security.currency()));
    }
    return bars;
  }

  /**
   * Log values of a random walk over {@code days} that passes exactly through every anchor (a map
   * date → positive value; dates not among the days are ignored): a Brownian bridge between anchors,
   * a backward walk before the first and a free walk after the last.
   */
  static double[] pinnedWalk(List<LocalDate> days, Map<LocalDate, Double> anchors, double vol, SplittableRandom rng) {
    int n = days.size();
    double[] logp = new double[n];
    int prev = -1;
    for (int i = 0; i < n; i++) {
      Double a = anchors.get(days.get(i));
      if (a == null) {
        continue;
      }
      logp[i] = StrictMath.log(a);
      if (prev < 0) {
        for (int k = i - 1; k >= 0; k--) {
          logp[k] = logp[k + 1] - vol * rng.nextGaussian() - 0.0002;
        }
      } else {
        bridge(logp, prev, i, vol, rng);
      }
      prev = i;
    }
    if (prev < 0) {
      throw new IllegalStateException("a pinned walk needs at least one anchor among its days");
    }
    for (int k = prev + 1; k < n; k++) {
      logp[k] = logp[k - 1] + vol * rng.nextGaussian() + 0.0001;
    }
    return logp;
  }

  /** The mainland daily price limit of a share (10 %, 20 % on ChiNext and STAR, 30 % in Beijing); none elsewhere. */
  static double priceLimit(PricePlan plan) {
    if (plan.kind() == SecurityKind.INDEX || plan.market() != org.sectordesk.domain.Market.CN) {
      return Double.POSITIVE_INFINITY;
    }
    String code = plan.code();
    if (code.endsWith(".BJ")) {
      return 0.30;
    }
    if (code.startsWith("300") || code.startsWith("301") || code.startsWith("688")) {
      return 0.20;
    }
    return 0.10;
  }

  /**
   * Pulls unpinned days back inside the daily limit (with room for tick rounding): forward and
   * backward passes that move a day towards its neighbour until no move between days is too large.
   */
  private static void respectPriceLimit(double[] logp, boolean[] pinned, double limit) {
    if (Double.isInfinite(limit)) {
      return;
    }
    double up = StrictMath.log(1 + limit * 0.93);
    double down = StrictMath.log(1 - limit * 0.93);
    for (int pass = 0; pass < 20; pass++) {
      boolean changed = false;
      for (int i = 1; i < logp.length; i++) {
        double move = logp[i] - logp[i - 1];
        if (!pinned[i] && (move > up || move < down)) {
          logp[i] = logp[i - 1] + (move > up ? up : down);
          changed = true;
        }
      }
      for (int i = logp.length - 2; i >= 0; i--) {
        double move = logp[i + 1] - logp[i];
        if (!pinned[i] && (move > up || move < down)) {
          logp[i] = logp[i + 1] - (move > up ? up : down);
          changed = true;
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  /** A Brownian bridge from the pinned point a to the pinned point b (exclusive), in place. */
  private static void bridge(double[] logp, int a, int b, double vol, SplittableRandom rng) {
    int steps = b - a;
    double[] w = new double[steps + 1];
    for (int k = 1; k <= steps; k++) {
      w[k] = w[k - 1] + vol * rng.nextGaussian();
    }
    double gap = logp[b] - logp[a];
    for (int k = 1; k < steps; k++) {
      double t = (double) k / steps;
      logp[a + k] = logp[a] + w[k] - t * (w[steps] - gap);
    }
  }

  /** Shares traded on an ordinary day: about 0.4 % of the shares outstanding, or a turnover guess. */
  private static double volumeBase(PricePlan plan, double[] close) {
    Map.Entry<LocalDate, Long> s = plan.shares.firstEntry();
    if (s != null) {
      return s.getValue() * 0.004;
    }
    double mid = close[close.length / 2];
    return 2e8 / mid;
  }
}
