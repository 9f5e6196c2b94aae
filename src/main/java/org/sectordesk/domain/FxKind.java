package org.sectordesk.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** What an FX value is: a day's fixing, a month's average or a month-end fixing (monthly series date them the 1st). */
public enum FxKind {
  DAILY,
  MONTH_END,
  MONTHLY_AVERAGE;

  /** The first day on which the value is known: a month's average or month-end rate only once its month is over. */
  public LocalDate knownFrom(LocalDate date) {
    return this == DAILY ? date : YearMonth.from(date).atEndOfMonth().plusDays(1);
  }

  /** The day the value describes, for its age: the fixing day, or the last day of its month. */
  public LocalDate asOf(LocalDate date) {
    return this == DAILY ? date : YearMonth.from(date).atEndOfMonth();
  }

  /** {@code daily}, {@code month_end}, {@code monthly_average}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FxKind parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    switch (t) {
      case "daily": case "fixing": case "daily_fixing": return DAILY;
      case "month_end": case "monthly_end": case "end_of_month": return MONTH_END;
      case "monthly_average": case "monthly": case "average": case "monthly_avg": return MONTHLY_AVERAGE;
      default: throw new IllegalArgumentException("'" + text + "' is not an FX kind (daily, month_end, monthly_average)");
    }
  }
}
