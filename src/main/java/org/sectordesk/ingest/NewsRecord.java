package org.sectordesk.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One news item as read from a file, plain text (markup already removed from feeds).
 *
 * @param location where in the file: a line number, or {@code entry N} in a feed
 * @param title    may be empty
 * @param body     may be empty (but not both)
 * @param source   outlet or feed title; may be empty
 * @param url      may be empty
 * @param date     the day the source gives, or null when the item is undated
 * @param time     the time of day when the source gives one, else null
 */
public record NewsRecord(String location, String title, String body, String source, String url,
    LocalDate date, LocalDateTime time) {
  public NewsRecord {
    Objects.requireNonNull(location, "location");
    title = title == null ? "" : title.strip();
    body = body == null ? "" : body.strip();
    source = source == null ? "" : source.strip();
    url = url == null ? "" : url.strip();
  }
}
