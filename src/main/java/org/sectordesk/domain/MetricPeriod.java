package org.sectordesk.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The period a metric value belongs to: a day {@code 2024-10-31}, a month {@code 2024-10}, a quarter
 * {@code 2024Q3} or a (fiscal) year {@code 2025}. An estimate year {@code 2026E} is the year 2026 with the point
 * marked as an estimate (see {@link MetricPoint#estimate()}), so an actual figure later replaces the estimate.
 *
 * @param kind  the kind of period
 * @param year  the calendar (or fiscal) year
 * @param index month 1..12, quarter 1..4, day of year 1..366, or 0 for a year
 */
public record MetricPeriod(Kind kind, int year, int index) implements Comparable<MetricPeriod> {

  /** Kinds of period, in the order points of one series sort when they mix kinds of the same end date. */
  public enum Kind { DAY, MONTH, QUARTER, YEAR }

  public MetricPeriod {
    Objects.requireNonNull(kind, "kind");
    if (year < 1900 || year > 2200) {
      throw new IllegalArgumentException("year " + year + " is outside 1900..2200");
    }
    int max = switch (kind) {
      case DAY -> LocalDate.of(year, 12, 31).getDayOfYear();
      case MONTH -> 12;
      case QUARTER -> 4;
      case YEAR -> 0;
    };
    int min = kind == Kind.YEAR ? 0 : 1;
    if (index < min || index > max) {
      throw new IllegalArgumentException(kind.name().toLowerCase() + " " + index + " of " + year + " is not in " + min + ".." + max);
    }
  }

  /** A period read from text and whether the text marked it as an estimate ({@code 2026E}). */
  public record Parsed(MetricPeriod period, boolean estimateMarker) {}

  public static MetricPeriod month(int year, int month) {
    return new MetricPeriod(Kind.MONTH, year, month);
  }

  public static MetricPeriod quarter(int year, int quarter) {
    return new MetricPeriod(Kind.QUARTER, year, quarter);
  }

  public static MetricPeriod year(int year) {
    return new MetricPeriod(Kind.YEAR, year, 0);
  }

  public static MetricPeriod day(LocalDate d) {
    return new MetricPeriod(Kind.DAY, d.getYear(), d.getDayOfYear());
  }

  /**
   * Reads {@code 2024-10}, {@code 2024Q3} (also {@code 2024-Q3}, {@code 2024q3}), {@code 2025}, {@code 2026E} or
   * {@code 2024-10-31}. The message of the exception says what is wrong with the text.
   */
  public static Parsed parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("a period is required (2024-10, 2024Q3, 2025, 2026E or 2024-10-31)");
    }
    String bad = "'" + t + "' is not a period (2024-10, 2024Q3, 2025, 2026E or 2024-10-31)";
    if (t.length() < 4 || !digits(t, 0, 4)) {
      throw new IllegalArgumentException(bad);
    }
    int year = Integer.parseInt(t.substring(0, 4));
    String rest = t.substring(4);
    try {
      if (rest.isEmpty()) {
        return new Parsed(year(year), false);
      }
      if (rest.equalsIgnoreCase("E")) {
        return new Parsed(year(year), true);
      }
      String q = rest.startsWith("-") ? rest.substring(1) : rest;
      if (q.length() == 2 && (q.charAt(0) == 'Q' || q.charAt(0) == 'q')) {
        int n = q.charAt(1) - '0';
        if (n < 1 || n > 4) {
          throw new IllegalArgumentException("'" + t + "' is not a quarter: quarters are Q1..Q4");
        }
        return new Parsed(quarter(year, n), false);
      }
      if (rest.startsWith("-") && (rest.length() == 3 || rest.length() == 2) && digits(rest, 1, rest.length())) {
        int m = Integer.parseInt(rest.substring(1));
        if (m < 1 || m > 12) {
          throw new IllegalArgumentException("'" + t + "' is not a month: months are 01..12");
        }
        return new Parsed(month(year, m), false);
      }
      if (rest.startsWith("-")) {
        return new Parsed(day(LocalDate.parse(t.length() == 10 ? t : pad(t))), false);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + t + "' is not a day: " + e.getMessage());
    }
    throw new IllegalArgumentException(bad);
  }

  private static String pad(String t) {
    String[] p = t.split("-");
    if (p.length != 3) {
      throw new DateTimeException("expected yyyy-mm-dd");
    }
    return p[0] + "-" + (p[1].length() == 1 ? "0" + p[1] : p[1]) + "-" + (p[2].length() == 1 ? "0" + p[2] : p[2]);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return to > from;
  }

  /** The period of this kind that holds a day (a Wind EDB export dates a monthly value at its month end). */
  public static MetricPeriod of(Kind kind, LocalDate d) {
    return switch (kind) {
      case DAY -> day(d);
      case MONTH -> month(d.getYear(), d.getMonthValue());
      case QUARTER -> quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
      case YEAR -> year(d.getYear());
    };
  }

  public LocalDate start() {
    return switch (kind) {
      case DAY -> LocalDate.ofYearDay(year, index);
      case MONTH -> LocalDate.of(year, index, 1);
      case QUARTER -> LocalDate.of(year, index * 3 - 2, 1);
      case YEAR -> LocalDate.of(year, 1, 1);
    };
  }

  /** The last day of the period (calendar periods; a fiscal year is taken as the calendar year). */
  public LocalDate end() {
    return switch (kind) {
      case DAY -> LocalDate.ofYearDay(year, index);
      case MONTH -> YearMonth.of(year, index).atEndOfMonth();
      case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
      case YEAR -> LocalDate.of(year, 12, 31);
    };
  }

  /** The same period one year earlier (the day with the same month and day, 29 Feb → 28 Feb). */
  public MetricPeriod yearAgo() {
    return kind == Kind.DAY ? day(start().minusYears(1)) : new MetricPeriod(kind, year - 1, index);
  }

  /** The period just before (the previous day, month, quarter or year). */
  public MetricPeriod previous() {
    return plus(-1);
  }

  /** The period {@code n} steps later (negative: earlier). */
  public MetricPeriod plus(int n) {
    return switch (kind) {
      case DAY -> day(start().plusDays(n));
      case MONTH -> {
        YearMonth m = YearMonth.of(year, index).plusMonths(n);
        yield month(m.getYear(), m.getMonthValue());
      }
      case QUARTER -> {
        int q = year * 4 + index - 1 + n;
        yield quarter(Math.floorDiv(q, 4), Math.floorMod(q, 4) + 1);
      }
      case YEAR -> year(year + n);
    };
  }

  /** The year as a period. */
  public MetricPeriod asYear() {
    return year(year);
  }

  /** The text of the period; an estimate year prints {@code 2026E}. */
  public String text(boolean estimate) {
    String s = toString();
    return kind == Kind.YEAR && estimate ? s + "E" : s;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DAY -> start().toString();
      case MONTH -> String.format("%04d-%02d", year, index);
      case QUARTER -> year + "Q" + index;
      case YEAR -> Integer.toString(year);
    };
  }

  @Override
  public int compareTo(MetricPeriod o) {
    int c = end().compareTo(o.end());
    return c != 0 ? c : kind.compareTo(o.kind);
  }
}
