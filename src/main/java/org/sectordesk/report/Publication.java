package org.sectordesk.report;

import java.time.LocalDate;
import java.util.Objects;

/** One of the house's earlier reports ({@code publications.csv}): the cover's related reports list them. */
public record Publication(LocalDate date, String title, String kind, String sector) {
  public Publication {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    kind = kind == null ? "" : kind;
    sector = sector == null ? "" : sector;
  }
}
