package org.sectordesk.ingest;

import java.time.LocalDate;

/**
 * Reads the fields of one row at a time, recording a problem for each bad field (naming line or cell,
 * field and value) and remembering whether the current row had any.
 */
final class RowReader {
  private final Problems problems;
  private final Dates dates = new Dates();
  private boolean bad;

  RowReader(Problems problems) {
    this.problems = problems;
  }

  /** Starts a new row. */
  void reset() {
    bad = false;
  }

  /** True when a field of the current row was bad. */
  boolean bad() {
    return bad;
  }

  void problem(TableRow row, int col, String field, String message) {
    bad = true;
    problems.add(row.where(col), field, message);
  }

  /** The date in a cell, or null after a problem. */
  LocalDate date(TableRow row, int col, String field) {
    String text = row.cell(col);
    if (text.isBlank()) {
      problem(row, col, field, "date is missing");
      return null;
    }
    try {
      return dates.parse(text);
    } catch (IllegalArgumentException e) {
      problem(row, col, field, e.getMessage());
      return null;
    }
  }

  /** A number, NaN when missing (a problem when required), NaN after a problem when bad. */
  double number(TableRow row, int col, String field, boolean required) {
    return number(row, col, field, required, false);
  }

  /** Like {@link #number}, reading K / M / B suffixes (volumes like {@code 1.57B}). */
  double volume(TableRow row, int col, String field) {
    double v = number(row, col, field, false, true);
    if (v < 0) {
      problem(row, col, field, "volume must not be negative, got '" + row.cell(col) + "'");
      return Double.NaN;
    }
    return v;
  }

  private double number(TableRow row, int col, String field, boolean required, boolean suffix) {
    if (col < 0) {
      return Double.NaN;
    }
    String text = row.cell(col);
    try {
      double v = suffix ? Numbers.parseVolume(text) : Numbers.parse(text);
      if (Double.isNaN(v) && required) {
        problem(row, col, field, field + " is missing");
      }
      return v;
    } catch (IllegalArgumentException e) {
      problem(row, col, field, e.getMessage());
      return Double.NaN;
    }
  }

  /** A price that must be positive when given: a problem for zero or negative. */
  double price(TableRow row, int col, String field, boolean required) {
    double v = number(row, col, field, required);
    if (!Double.isNaN(v) && !(v > 0)) {
      problem(row, col, field, field + " must be positive, got '" + row.cell(col) + "'");
      return Double.NaN;
    }
    return v;
  }
}
