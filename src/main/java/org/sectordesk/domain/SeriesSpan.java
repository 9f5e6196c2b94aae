package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/** How far a stored series reaches: its first and last day and its number of rows. */
public record SeriesSpan(String code, LocalDate first, LocalDate last, long rows) {
  public SeriesSpan {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("series " + code + " ends " + last + " before it starts " + first);
    }
  }
}
