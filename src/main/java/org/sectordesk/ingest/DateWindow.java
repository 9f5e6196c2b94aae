package org.sectordesk.ingest;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The dates a field can plausibly hold: from a first day to today plus a small margin (time zones, a file
 * dated the next trading day). A date outside it (2099-12-31, 0001-01-01) is refused at import, because one
 * such row would move every "latest" default.
 */
public enum DateWindow {
  /** Daily bars, FX rates, shares: the S&P 500 history goes back to 1927. */
  MARKET(LocalDate.of(1900, 1, 1), 7, "market data"),
  /** Valuation series: Shiller's monthly S&P 500 series starts in 1871. */
  VALUATION(LocalDate.of(1870, 1, 1), 7, "a valuation series"),
  /** The team's own books: estimates' as-of dates, ratings, news and announcements. */
  BOOK(LocalDate.of(1990, 1, 1), 7, "the team's books");

  private static volatile Clock clock = Clock.systemUTC();

  private final LocalDate first;
  private final int daysAhead;
  private final String what;

  DateWindow(LocalDate first, int daysAhead, String what) {
    this.first = first;
    this.daysAhead = daysAhead;
    this.what = what;
  }

  public LocalDate first() {
    return first;
  }

  public LocalDate last() {
    return LocalDate.now(clock).plusDays(daysAhead);
  }

  /** Null when the date is inside the window; else what is wrong. */
  public String check(LocalDate d) {
    if (d == null || (!d.isBefore(first) && !d.isAfter(last()))) {
      return null;
    }
    return d + " is outside the dates " + what + " can have (" + first + " to " + last() + ", today + "
        + daysAhead + " days)";
  }

  /** For tests that need a fixed today. */
  public static void useClock(Clock c) {
    clock = c;
  }
}
