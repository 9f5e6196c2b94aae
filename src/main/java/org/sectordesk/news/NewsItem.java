package org.sectordesk.news;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A filed news item.
 *
 * @param id            stable id (hash of the URL, or of title and body when there is none)
 * @param date          the day it is dated
 * @param dateFromText  true when the date was read from the text, not given by the source
 * @param title         plain text (never markup); may be empty
 * @param body          plain text (never markup)
 * @param source        where it came from (site, outlet), may be empty
 * @param url           may be empty
 * @param section       the section: a human label when {@code labelled}, else the classifier's
 * @param labelled      true when a person set the section ({@code desk news relabel})
 * @param companies     ids of the companies named, main company first
 * @param models        AI model families named
 * @param datePrecision DAY, or MONTH when only the month is known ({@code date} is then its first day)
 * @param embedding     the unit-length sentence embedding computed at import, or null (not compared by equals)
 */
public record NewsItem(String id, LocalDate date, boolean dateFromText, String title, String body, String source,
    String url, Section section, boolean labelled, List<String> companies, List<String> models,
    DatePrecision datePrecision, float[] embedding) {
  public NewsItem(String id, LocalDate date, boolean dateFromText, String title, String body, String source,
      String url, Section section, boolean labelled, List<String> companies, List<String> models) {
    this(id, date, dateFromText, title, body, source, url, section, labelled, companies, models, DatePrecision.DAY, null);
  }

  public NewsItem {
    datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    Objects.requireNonNull(section, "section");
    companies = List.copyOf(companies);
    models = List.copyOf(models);
    if (title.isBlank() && body.isBlank()) {
      throw new IllegalArgumentException("news item " + id + " has neither title nor body");
    }
  }

  /** Id of the company the item is mostly about, or empty. */
  public String mainCompany() {
    return companies.isEmpty() ? "" : companies.get(0);
  }

  /** Title, or the body's first sentence when there is no title. */
  public String headline() {
    if (!title.isBlank()) {
      return title;
    }
    return firstSentence(body, 80);
  }

  static String firstSentence(String text, int max) {
    String t = text.strip();
    int end = t.length();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '\n') {
        end = i;
        break;
      }
    }
    String s = t.substring(0, end);
    return s.length() > max ? s.substring(0, max) + "…" : s;
  }
}
