package org.sectordesk.news;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A company announcement from an exchange disclosure site.
 *
 * @param time  when it was published
 * @param code  Wind-style code, e.g. 300364.SZ
 * @param name  the company's short name as the exchange prints it
 * @param title the announcement's title (plain text)
 * @param url   link to the document; may be empty
 */
public record Announcement(LocalDateTime time, String code, String name, String title, String url) {
  public Announcement {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    url = url == null ? "" : url;
    if (title.isBlank()) {
      throw new IllegalArgumentException("title of the announcement of " + code + " at " + time + " must not be blank");
    }
  }
}
