package org.sectordesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * A reporting period, both ends inclusive. A period's return runs from the last close before
 * {@code start} to the last close on or before {@code end}.
 */
public record Period(LocalDate start, LocalDate end, PeriodKind kind) {

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(kind, "kind");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period end " + end + " is before its start " + start);
    }
  }

  /** A calendar month. */
  public static Period month(YearMonth month) {
    return new Period(month.atDay(1), month.atEndOfMonth(), PeriodKind.MONTH);
  }

  /** The Monday-to-Friday week containing {@code day} (the weekly report's window). */
  public static Period week(LocalDate day) {
    LocalDate monday = day.with(DayOfWeek.MONDAY);
    return new Period(monday, monday.plusDays(4), PeriodKind.WEEK);
  }

  /** A calendar quarter, e.g. {@code quarter(2024, 4)}. */
  public static Period quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, got " + quarter);
    }
    LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
    LocalDate end = start.plusMonths(3).minusDays(1);
    return new Period(start, end, PeriodKind.QUARTER);
  }

  /** From the first day of {@code asOf}'s year to {@code asOf}. */
  public static Period yearToDate(LocalDate asOf) {
    return new Period(asOf.withDayOfYear(1), asOf, PeriodKind.YEAR_TO_DATE);
  }

  public static Period custom(LocalDate start, LocalDate end) {
    return new Period(start, end, PeriodKind.CUSTOM);
  }

  /** ISO quarter number of the end date, for labels. */
  public int endQuarter() {
    return end.get(IsoFields.QUARTER_OF_YEAR);
  }

  /** The default report date: the first weekday after the period end. */
  public LocalDate firstWeekdayAfter() {
    LocalDate d = end.plusDays(1);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
