package org.sectordesk.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** The date and time layouts news and announcement files use. */
final class NewsDates {
  private static final List<DateTimeFormatter> DATE_TIMES = List.of(
      DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu-M-d'T'H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT));
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT));

  private static final java.util.regex.Pattern MONTH =
      java.util.regex.Pattern.compile("(20\\d{2})\\s*(?:-|/|\\.|年)\\s*(\\d{1,2})\\s*月?");

  private NewsDates() {}

  /** A month without a day ("2025-11", "2025/11", "2025年11月"), or null. */
  static java.time.YearMonth month(String raw) {
    java.util.regex.Matcher m = MONTH.matcher(raw.strip());
    if (!m.matches()) {
      return null;
    }
    int month = Integer.parseInt(m.group(2));
    return month >= 1 && month <= 12 ? java.time.YearMonth.of(Integer.parseInt(m.group(1)), month) : null;
  }

  /** A date-time; a bare date gives null time. Throws with the bad value named. */
  static LocalDateTime dateTime(String raw) {
    String s = raw.strip();
    try {
      return OffsetDateTime.parse(s).toLocalDateTime();
    } catch (DateTimeParseException ignored) {
      // not ISO with offset
    }
    String t = s.endsWith("Z") ? s.substring(0, s.length() - 1) : s;
    int dot = t.indexOf('.', 10);
    if (dot > 0 && t.indexOf(':') > 0) {
      t = t.substring(0, dot);
    }
    for (DateTimeFormatter f : DATE_TIMES) {
      try {
        return LocalDateTime.parse(t, f);
      } catch (DateTimeParseException ignored) {
        // next layout
      }
    }
    return null;
  }

  static LocalDate date(String raw) {
    String s = raw.strip();
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException ignored) {
        // next layout
      }
    }
    return null;
  }
}
