package org.sectordesk.report;

import java.util.Objects;

/** A header cell spanning {@code colSpan} columns (two-level headers such as "EPS" over "2024E 2025E"). */
public record HeaderCell(String text, int colSpan) {
  public HeaderCell {
    Objects.requireNonNull(text, "text");
    if (colSpan < 1) {
      throw new IllegalArgumentException("colSpan of header '" + text + "' must be at least 1, got " + colSpan);
    }
  }

  public static HeaderCell of(String text) {
    return new HeaderCell(text, 1);
  }

  public static HeaderCell span(String text, int colSpan) {
    return new HeaderCell(text, colSpan);
  }
}
