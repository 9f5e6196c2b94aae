package org.sectordesk.news;

import java.time.LocalDate;
import java.util.Locale;

/** How much of an item's date is known: the day, or only the month (stored as its first day). */
public enum DatePrecision {
  DAY, MONTH;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DatePrecision of(String id) {
    return id == null || id.isBlank() ? DAY : valueOf(id.strip().toUpperCase(Locale.ROOT));
  }

  /** The date as a report prints it: "11月28日", or "11月" when only the month is known. */
  public String chinese(LocalDate date) {
    return this == MONTH ? date.getMonthValue() + "月" : date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
