package org.sectordesk.news;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a story's text reads in print: its date said once, and a one-line summary. */
public final class StoryText {
  /** A leading date phrase: "11月28日，", "11 月 28 日消息，", "2025年11月3日讯：", "据11月20日消息，". */
  private static final Pattern LEADING_DATE = Pattern.compile(
      "^\\s*(?:根据|据)?\\s*(?:(20\\d{2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*[日号])?"
          + "\\s*(?:(?:上午|下午|晚间|早间|晚|午间|凌晨)\\s*)?(?:消息|讯|电|报道)?\\s*[，,：:、]?\\s*");
  private static final int SUMMARY_MAX = 40;

  private StoryText() {}

  /**
   * The body without a leading date phrase that names the story's own date (or, for a story dated
   * only by its month, its month), so that the date is printed once. Any other opening stays.
   */
  public static String withoutLeadingDate(String body, LocalDate date, DatePrecision precision) {
    if (body == null || date == null) {
      return body == null ? "" : body;
    }
    Matcher m = LEADING_DATE.matcher(body);
    if (!m.find() || m.end() == 0) {
      return body;
    }
    int month = Integer.parseInt(m.group(2));
    boolean sameYear = m.group(1) == null || Integer.parseInt(m.group(1)) == date.getYear();
    boolean sameDay = m.group(3) == null ? precision == DatePrecision.MONTH
        : precision == DatePrecision.DAY && Integer.parseInt(m.group(3)) == date.getDayOfMonth();
    if (month != date.getMonthValue() || !sameYear || !sameDay) {
      return body;
    }
    String rest = body.substring(m.end());
    return rest.isBlank() ? body : rest;
  }

  /** A one-line summary: the title, else the body's first clause (its leading date left out). */
  public static String summary(NewsItem item) {
    String t = item.title().strip();
    if (!t.isEmpty()) {
      return clip(t);
    }
    String b = withoutLeadingDate(item.body(), item.date(), item.datePrecision()).strip();
    int end = b.length();
    // a clause of a few characters ("据报道") says nothing: take the first one of 8 or more
    for (int i = Math.min(8, b.length()); i < b.length(); i++) {
      char c = b.charAt(i);
      if (c == '，' || c == '。' || c == '；' || c == '！' || c == '？' || c == '\n' || c == ',' || c == ';') {
        end = i;
        break;
      }
    }
    return clip(b.substring(0, end));
  }

  private static String clip(String s) {
    return s.length() > SUMMARY_MAX ? s.substring(0, SUMMARY_MAX) + "…" : s;
  }
}
