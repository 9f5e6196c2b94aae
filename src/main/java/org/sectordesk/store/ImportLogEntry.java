package org.sectordesk.store;

import java.util.Objects;

/** One row of the {@code import_log} table: what was imported and what it did. */
public record ImportLogEntry(ImportSource source, WriteSummary summary) {
  public ImportLogEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(summary, "summary");
  }
}
