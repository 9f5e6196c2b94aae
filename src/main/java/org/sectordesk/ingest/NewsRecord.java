package org.sectordesk.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One news item as read from a file, plain text (markup already removed from feeds, control
 * characters dropped).
 *
 * @param location where in the file: a line number, or {@code entry N} in a feed
 * @param title    may be empty
 * @param body     may be empty (but not both)
 * @param source   outlet or feed title; may be empty
 * @param url      may be empty
 * @param date     the day the source gives, or null when the item is undated
 * @param time     the time of day when the source gives one, else null
 * @param month    the month when the source gives a month but no day ("2025-11"), else null
 */
public record NewsRecord(String location, String title, String body, String source, String url,
    LocalDate date, LocalDateTime time, java.time.YearMonth month) {
  public NewsRecord(String location, String title, String body, String source, String url, LocalDate date,
      LocalDateTime time) {
    this(location, title, body, source, url, date, time, null);
  }

  public NewsRecord {
    Objects.requireNonNull(location, "location");
    title = text(title);
    body = text(body);
    source = text(source);
    url = url == null ? "" : url.strip();
  }

  /**
   * Plain text safe to print: control characters (terminal escapes, NUL, bell …) removed, line
   * breaks normalised to \n, ends stripped.
   */
  static String text(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t' || !(Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
        b.append(c);
      }
    }
    return b.toString().strip();
  }
}
