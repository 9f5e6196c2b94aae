package org.sectordesk.ratings;

/**
 * A range of excess returns (fractions: 0.10 is +10%). {@code min} or {@code max} is {@code null} when the band is
 * open on that side. Whether each end belongs to the band is stated explicitly. Values within {@link #TOLERANCE}
 * of an end count as exactly on it, so that an excess of "exactly +10%" computed from prices lands on the
 * boundary despite floating-point noise.
 */
public record Band(Double min, boolean minInclusive, Double max, boolean maxInclusive) {
  /** Distance from a boundary under which a value counts as on it (one millionth of a percentage point). */
  public static final double TOLERANCE = 1e-8;

  public Band {
    if (min != null && (min.isNaN() || min.isInfinite())) {
      throw new IllegalArgumentException("band min must be a finite number, got " + min);
    }
    if (max != null && (max.isNaN() || max.isInfinite())) {
      throw new IllegalArgumentException("band max must be a finite number, got " + max);
    }
    if (min != null && max != null && !(min < max)) {
      throw new IllegalArgumentException("band min " + min + " must be below its max " + max);
    }
  }

  public static Band above(double min, boolean inclusive) {
    return new Band(min, inclusive, null, false);
  }

  public static Band below(double max, boolean inclusive) {
    return new Band(null, false, max, inclusive);
  }

  public static Band between(double min, boolean minInclusive, double max, boolean maxInclusive) {
    return new Band(min, minInclusive, max, maxInclusive);
  }

  /** True when the excess return lies in the band; NaN is in no band. */
  public boolean contains(double excess) {
    if (Double.isNaN(excess)) {
      return false;
    }
    if (min != null) {
      if (Math.abs(excess - min) <= TOLERANCE) {
        if (!minInclusive) {
          return false;
        }
      } else if (excess < min) {
        return false;
      }
    }
    if (max != null) {
      if (Math.abs(excess - max) <= TOLERANCE) {
        return maxInclusive;
      }
      return excess < max;
    }
    return true;
  }

  /**
   * True when every excess return of this band also lies in {@code other}: a rating of this band says at least
   * as much as one of {@code other}, so it may be read as {@code other}'s tier.
   */
  public boolean within(Band other) {
    boolean lowOk = other.min == null
        || (min != null && (min > other.min || (min.equals(other.min) && (other.minInclusive || !minInclusive))));
    boolean highOk = other.max == null
        || (max != null && (max < other.max || (max.equals(other.max) && (other.maxInclusive || !maxInclusive))));
    return lowOk && highOk;
  }

  /** Interval notation in percent, e.g. {@code (+10%, +∞)} or {@code [-10%, +10%]}. */
  @Override
  public String toString() {
    return (min == null ? "(-∞" : (minInclusive ? "[" : "(") + pct(min)) + ", "
        + (max == null ? "+∞)" : pct(max) + (maxInclusive ? "]" : ")"));
  }

  private static String pct(double v) {
    double p = v * 100;
    String s = p == Math.rint(p) ? Long.toString(Math.round(p)) : Double.toString(p);
    return (p > 0 ? "+" : "") + s + "%";
  }
}
