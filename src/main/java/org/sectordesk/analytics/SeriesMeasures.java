package org.sectordesk.analytics;

import java.util.List;

/**
 * Measures across series of the same period: share of a total, ratio of two metrics, gap between two growth
 * rates. Null where a value is missing or the measure is undefined, never 0.
 */
public final class SeriesMeasures {
  private SeriesMeasures() {}

  /** {@code part} as a percent of {@code total}; null when either is missing or the total is not positive. */
  public static Double sharePct(Double part, Double total) {
    return part == null || total == null || !(total > 0) ? null : part / total * 100;
  }

  /** A part's share of the sum of all parts (every part must be present, else null). */
  public static Double shareOfSumPct(Double part, List<Double> parts) {
    double sum = 0;
    for (Double p : parts) {
      if (p == null) {
        return null;
      }
      sum += p;
    }
    return sharePct(part, sum);
  }

  /** {@code a / b} (capex / cloud revenue); null when either is missing or {@code b} is zero. */
  public static Double ratio(Double a, Double b) {
    return a == null || b == null || b == 0 ? null : a / b;
  }

  /** The gap between two growth rates in percentage points (revenue growth − profit growth); null when either is. */
  public static Double gapPp(Double aPct, Double bPct) {
    return aPct == null || bPct == null ? null : aPct - bPct;
  }
}
