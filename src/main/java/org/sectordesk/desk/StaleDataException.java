package org.sectordesk.desk;

import java.util.List;

/** {@code report --strict}: the report would show stale or missing series, so it is not written. */
public final class StaleDataException extends RuntimeException {
  private final List<String> notes;

  public StaleDataException(List<String> notes) {
    super("the report is not written (--strict): " + notes.size() + " stale series or FX rates (a series that ends"
        + " before the period's last trading day, an FX rate older than fx.max_age_days)\n  " + String.join("\n  ", notes));
    this.notes = List.copyOf(notes);
  }

  public List<String> notes() {
    return notes;
  }
}
