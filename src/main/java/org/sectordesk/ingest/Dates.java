package org.sectordesk.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the dates vendors write: {@code 2024-11-29}, {@code 2024-11-8}, {@code 2024/11/29}, {@code 20241129},
 * US {@code 11/29/2024} (month first, as Yahoo writes it), and a date with a time and zone after it
 * ({@code 2020-01-02 00:00:00+08:00}: the date as written, in the exchange's time zone). Parsed texts are
 * cached, because a long file repeats the same dates for every code. One instance per read (not thread-safe).
 */
final class Dates {
  private final Map<String, LocalDate> cache = new HashMap<>();

  /** The date; an error naming the text when it is not one. */
  LocalDate parse(String text) {
    LocalDate d = cache.get(text);
    if (d == null) {
      d = parseUncached(text);
      if (cache.size() < 100_000) {
        cache.put(text, d);
      }
    }
    return d;
  }

  static LocalDate parseUncached(String text) {
    String t = text == null ? "" : text.strip();
    int cut = t.indexOf(' ');
    if (cut < 0) {
      cut = t.indexOf('T');
    }
    if (cut > 0) {
      t = t.substring(0, cut);
    }
    try {
      if (t.length() == 8 && allDigits(t, 0, 8)) {
        return date(text, number(t, 0, 4), number(t, 4, 6), number(t, 6, 8), "");
      }
      int a = separator(t, 0);
      if (a > 0) {
        int b = separator(t, a + 1);
        if (b > a + 1 && b < t.length() - 1 && t.charAt(a) == t.charAt(b)
            && allDigits(t, 0, a) && allDigits(t, a + 1, b) && allDigits(t, b + 1, t.length())) {
          if (a == 4 && b - a - 1 <= 2 && t.length() - b - 1 <= 2) {
            return date(text, number(t, 0, a), number(t, a + 1, b), number(t, b + 1, t.length()), "");
          }
          if (t.length() - b - 1 == 4 && a <= 2 && b - a - 1 <= 2 && t.charAt(a) == '/') {
            return date(text, number(t, b + 1, t.length()), number(t, 0, a), number(t, a + 1, b),
                "; dates with slashes are read month first, M/D/YYYY");
          }
        }
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + Echo.echo(text) + "' is not a date (" + e.getMessage() + ")");
    }
    throw new IllegalArgumentException("'" + Echo.echo(text) + "' is not a date (expected YYYY-MM-DD)");
  }

  private static LocalDate date(String text, int year, int month, int day, String hint) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("'" + Echo.echo(text) + "' is not a date (there is no month " + month + hint + ")");
    }
    YearMonth ym = YearMonth.of(year, month);
    if (day < 1 || day > ym.lengthOfMonth()) {
      throw new IllegalArgumentException("'" + Echo.echo(text) + "' is not a date ("
          + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
          + ym.lengthOfMonth() + " days" + hint + ")");
    }
    return LocalDate.of(year, month, day);
  }

  private static int separator(String t, int from) {
    for (int i = from; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '-' || c == '/' || c == '.') {
        return i;
      }
    }
    return -1;
  }

  private static boolean allDigits(String t, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (t.charAt(i) - '0');
    }
    return n;
  }
}
