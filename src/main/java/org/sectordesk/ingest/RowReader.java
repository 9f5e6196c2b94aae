package org.sectordesk.ingest;

import java.time.LocalDate;

/**
 * Reads the fields of one row at a time, recording a problem for each bad field (naming line or cell,
 * field and value) and remembering whether the current row had any.
 */
final class RowReader {
  private final Problems problems;
  private final Dates dates = new Dates();
  private final DateWindow window;
  private boolean bad;

  RowReader(Problems problems, DateWindow window) {
    this.problems = problems;
    this.window = window;
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
    LocalDate d;
    try {
      d = dates.parse(text);
    } catch (IllegalArgumentException e) {
      problem(row, col, field, e.getMessage());
      return null;
    }
    String outside = window == null ? null : window.check(d);
    if (outside != null) {
      problem(row, col, field, outside);
      return null;
    }
    return d;
  }

  /** A number, NaN when missing (a problem when required), NaN after a problem when bad. */
  double number(TableRow row, int col, String field, boolean required) {
    return plausible(row, col, field, number(row, col, field, required, false));
  }

  /** Like {@link #number}, reading K / M / B suffixes (volumes like {@code 1.57B}). */
  double volume(TableRow row, int col, String field) {
    return volume(row, col, field, 1, true);
  }

  /** A volume times the unit of its column (手 is 100 shares); K / M / B suffixes only when {@code suffix}. */
  double volume(TableRow row, int col, String field, double unit, boolean suffix) {
    double v = number(row, col, field, false, suffix, unit);
    String bad = BarRules.volume(row.cell(col), v);
    if (bad != null) {
      problem(row, col, field, bad);
      return Double.NaN;
    }
    return v;
  }

  private double number(TableRow row, int col, String field, boolean required, boolean suffix) {
    return number(row, col, field, required, suffix, 1);
  }

  private double number(TableRow row, int col, String field, boolean required, boolean suffix, double unit) {
    if (col < 0) {
      return Double.NaN;
    }
    String text = row.cell(col);
    try {
      double v = (suffix ? Numbers.parseVolume(text) : Numbers.parse(text)) * unit;
      if (Double.isNaN(v) && required) {
        problem(row, col, field, field + " is missing");
      }
      return v;
    } catch (IllegalArgumentException e) {
      problem(row, col, field, e.getMessage());
      return Double.NaN;
    }
  }

  /** The value, or NaN after a problem when it is outside its field's plausible range (see {@link Plausible}). */
  double plausible(TableRow row, int col, String field, double v) {
    if (Double.isNaN(v)) {
      return v;
    }
    Plausible range = Plausible.forField(field);
    String bad = range == null ? (Double.isInfinite(v) ? "'" + v + "' is not a finite number" : null) : range.check(v);
    if (bad != null) {
      problem(row, col, field, bad);
      return Double.NaN;
    }
    return v;
  }

  /** A price that must be positive when given: a problem for zero or negative. */
  double price(TableRow row, int col, String field, boolean required) {
    return price(row, col, field, required, 1);
  }

  /** Like {@link #price(TableRow, int, String, boolean)}, times the unit of the column (万, 亿) before the range check. */
  double price(TableRow row, int col, String field, boolean required, double unit) {
    double v = number(row, col, field, required, false, unit);
    Plausible range = Plausible.forField(field);
    String bad = range == Plausible.PRICE ? BarRules.price(field, row.cell(col), v)
        : !Double.isNaN(v) && !(v > 0) ? field + " must be positive, got '" + Echo.echo(row.cell(col)) + "'" : null;
    if (bad != null) {
      problem(row, col, field, bad);
      return Double.NaN;
    }
    return plausible(row, col, field, v);
  }
}
