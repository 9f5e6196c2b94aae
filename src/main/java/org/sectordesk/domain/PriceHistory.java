package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The daily closes of one security in date order. Arrays rather than a list of bars, because
 * histories of 6,000 days times thousands of securities are read in bulk.
 */
public final class PriceHistory {
  private final String code;
  private final int[] epochDays;
  private final double[] close;
  private final double[] adjClose;

  private PriceHistory(String code, int[] epochDays, double[] close, double[] adjClose) {
    this.code = code;
    this.epochDays = epochDays;
    this.close = close;
    this.adjClose = adjClose;
  }

  /** A history from dates and closes; dates must be strictly increasing. */
  public static PriceHistory of(String code, LocalDate[] dates, double[] close, double[] adjClose) {
    Objects.requireNonNull(code, "code");
    if (dates.length != close.length || dates.length != adjClose.length) {
      throw new IllegalArgumentException("history of " + code + ": dates, closes and adjusted closes differ in length");
    }
    int[] days = new int[dates.length];
    for (int i = 0; i < dates.length; i++) {
      days[i] = (int) dates[i].toEpochDay();
      if (i > 0 && days[i] <= days[i - 1]) {
        throw new IllegalArgumentException("history of " + code + ": dates not increasing at " + dates[i]);
      }
    }
    return new PriceHistory(code, days, close.clone(), adjClose.clone());
  }

  /** A history from bars of one security, in any order. */
  public static PriceHistory ofBars(String code, List<Bar> bars) {
    Bar[] sorted = bars.stream().sorted((a, b) -> a.date().compareTo(b.date())).toArray(Bar[]::new);
    LocalDate[] dates = new LocalDate[sorted.length];
    double[] c = new double[sorted.length];
    double[] a = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      if (!sorted[i].code().equals(code)) {
        throw new IllegalArgumentException("bar of " + sorted[i].code() + " in history of " + code);
      }
      dates[i] = sorted[i].date();
      c[i] = sorted[i].close();
      a[i] = sorted[i].adjClose();
    }
    return of(code, dates, c, a);
  }

  public static PriceHistory empty(String code) {
    return new PriceHistory(code, new int[0], new double[0], new double[0]);
  }

  public String code() {
    return code;
  }

  public int size() {
    return epochDays.length;
  }

  public boolean isEmpty() {
    return epochDays.length == 0;
  }

  public LocalDate date(int i) {
    return LocalDate.ofEpochDay(epochDays[i]);
  }

  public double close(int i) {
    return close[i];
  }

  public double adjClose(int i) {
    return adjClose[i];
  }

  public LocalDate firstDate() {
    return isEmpty() ? null : date(0);
  }

  public LocalDate lastDate() {
    return isEmpty() ? null : date(size() - 1);
  }

  /** Index of the last day on or before {@code day}, or -1 when there is none. */
  public int indexOnOrBefore(LocalDate day) {
    int i = Arrays.binarySearch(epochDays, (int) day.toEpochDay());
    return i >= 0 ? i : -i - 2;
  }

  /** Index of the last day strictly before {@code day}, or -1 when there is none. */
  public int indexBefore(LocalDate day) {
    return indexOnOrBefore(day.minusDays(1));
  }

  /** The part of the history from {@code from} to {@code to}, both inclusive. */
  public PriceHistory between(LocalDate from, LocalDate to) {
    int lo = indexBefore(from) + 1;
    int hi = indexOnOrBefore(to) + 1;
    if (hi <= lo) {
      return empty(code);
    }
    return new PriceHistory(code, Arrays.copyOfRange(epochDays, lo, hi),
        Arrays.copyOfRange(close, lo, hi), Arrays.copyOfRange(adjClose, lo, hi));
  }

  @Override
  public String toString() {
    return "PriceHistory[" + code + ", " + size() + " days" + (isEmpty() ? "" : ", " + firstDate() + ".." + lastDate()) + "]";
  }
}
