package org.sectordesk.ingest;

import java.util.List;

/**
 * The checks of one daily bar and of a security's run of bars, and their messages: one set for both import
 * paths (files read into memory, and the bulk loader that checks in SQL), so a file is refused for the same
 * reasons with the same words whichever path it takes.
 */
public final class BarRules {
  /** The median spacing of a security's dates above which its rows are not daily bars. */
  public static final int MAX_MEDIAN_GAP_DAYS = 4;
  /** An adjusted close that moves by more than this factor from one bar to the next is named in the notes. */
  public static final double JUMP_FACTOR = 3.0;

  private BarRules() {}

  /** A price field (open, high, low, close, adj_close): null when fine; NaN (missing) is the caller's business. */
  public static String price(String field, String text, double v) {
    if (Double.isNaN(v)) {
      return null;
    }
    if (!(v > 0)) {
      return field + " must be positive, got '" + Echo.echo(text) + "'";
    }
    return Plausible.PRICE.check(v);
  }

  /** A volume: null when fine. */
  public static String volume(String text, double v) {
    if (Double.isNaN(v)) {
      return null;
    }
    if (v < 0) {
      return "volume must not be negative, got '" + Echo.echo(text) + "'";
    }
    return Plausible.VOLUME.check(v);
  }

  /** A high below the low of the same bar. */
  public static String highBelowLow(String highText, String lowText) {
    return "high " + Echo.echo(highText) + " is below low " + Echo.echo(lowText);
  }

  /** A currency cell that is not an ISO 4217 code. */
  public static String notACurrency(String text) {
    return "'" + Echo.echo(text) + "' is not a currency (expected an ISO code like HKD)";
  }

  /** A second row for one security and day with other values. */
  public static String conflictingRow(String code, Object date, String firstPlace) {
    return date + " of " + code + " is given again with different values (first at " + firstPlace + ")";
  }

  /** Null when a security whose dates are {@code median} days apart holds daily bars; else the problem. */
  public static String notDaily(String code, long median) {
    if (median <= MAX_MEDIAN_GAP_DAYS) {
      return null;
    }
    String kind = median <= 10 ? "weekly" : median >= 25 && median <= 35 ? "monthly"
        : median >= 85 && median <= 95 ? "quarterly" : median + "-day";
    return "the rows of " + code + " are " + median + " days apart (median), so this is " + kind
        + " data, not daily bars; import a daily export instead (" + kind
        + " closes stored as daily bars would corrupt every return)";
  }

  /** The lower median of sorted gaps (a gap or two in a short daily file is fine). */
  public static long lowerMedian(long[] sortedGaps) {
    return sortedGaps[(sortedGaps.length - 1) / 2];
  }

  /** The note for a security whose adjusted close jumps {@code count} times; examples as Jumps words them. */
  public static String jumpNote(String code, int count, List<String> examples) {
    return Jumps.text(code, "adjusted close", JUMP_FACTOR, count, examples);
  }

  /** One example of a jump, as the notes print it. */
  public static String jumpExample(Object fromDate, double before, Object toDate, double after) {
    return fromDate + " " + before + " to " + toDate + " " + after;
  }
}
