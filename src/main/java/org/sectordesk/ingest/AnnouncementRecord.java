package org.sectordesk.ingest;

import java.time.LocalDateTime;
import java.util.Objects;

/** One row of an exchange-disclosure export: when, which company, what. */
public record AnnouncementRecord(long line, LocalDateTime time, String code, String name, String title, String url) {
  public AnnouncementRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(code, "code");
    name = name == null ? "" : name.strip();
    Objects.requireNonNull(title, "title");
    url = url == null ? "" : url.strip();
  }
}
