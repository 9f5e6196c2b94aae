package org.sectordesk.news;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an item's date from its text: "11 月 17 日", "根据 11 月 20 日消息", "11月15日下午",
 * "2025 年 11 月 3 日". A date the text marks as the item's own ("… 日消息", "… 日讯", "据 … 日")
 * wins; otherwise the first date of the title, then the first of the body. Without a year, the
 * year is the one that puts the date closest to the import's period (a "12 月 30 日" read for
 * January 2026 is 2025-12-30); without a period only dates that give their year are read.
 */
public final class DateExtractor {
  private static final Pattern DATE = Pattern.compile(
      "(?:(20\\d{2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
  private static final Pattern OWN = Pattern.compile("^\\s*(?:消息|讯|电|晚间|早间|晚|报道)");

  private DateExtractor() {}

  public static Optional<LocalDate> extract(String title, String body, YearMonth period) {
    Optional<LocalDate> own = marked(title, period).or(() -> marked(body, period));
    if (own.isPresent()) {
      return own;
    }
    return first(title, period).or(() -> first(body, period));
  }

  private static Optional<LocalDate> marked(String text, YearMonth period) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 3), m.start());
      boolean own = OWN.matcher(text.substring(m.end())).find() || before.endsWith("据") || before.contains("根据");
      if (own) {
        Optional<LocalDate> d = toDate(m, period);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> first(String text, YearMonth period) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      Optional<LocalDate> d = toDate(m, period);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> toDate(Matcher m, YearMonth period) {
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    int year;
    if (m.group(1) != null) {
      year = Integer.parseInt(m.group(1));
    } else if (period == null) {
      return Optional.empty();
    } else {
      year = period.getYear();
      int diff = month - period.getMonthValue();
      if (diff > 6) {
        year--;
      } else if (diff < -6) {
        year++;
      }
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
