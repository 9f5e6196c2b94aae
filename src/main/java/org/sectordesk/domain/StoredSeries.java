package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stored series as the store holds it: its kind ({@code bars}, {@code shares}, {@code valuation}, {@code fx},
 * {@code estimates}), its key (a code, or an FX pair with its source and kind), first and last date, rows and the
 * files it was imported from.
 */
public record StoredSeries(String kind, String key, LocalDate first, LocalDate last, long rows, List<String> files) {
  public StoredSeries {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    files = List.copyOf(files);
  }
}
