package org.sectordesk.desk;

import java.util.List;

/** {@code report --strict}: the report would show stale or missing series, so it is not written. */
public final class StaleDataException extends RuntimeException {
  private final List<String> notes;

  public StaleDataException(List<String> notes) {
    super("the report is not written (--strict): " + notes.size() + " series end before the period's last trading day\n  "
        + String.join("\n  ", notes));
    this.notes = List.copyOf(notes);
  }

  public List<String> notes() {
    return notes;
  }
}
