package org.sectordesk.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Field parsing for the estimates and ratings files: each failure becomes a problem naming file, line and column. */
final class BookFields {
  private final String file;
  private final List<ImportProblem> problems;

  BookFields(String file, List<ImportProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  void problem(BookCsv.Row row, String column, String message) {
    problems.add(ImportProblem.atLine(file, row.line(), column, message));
  }

  /** A required ISO date (yyyy-MM-dd); null after recording a problem. */
  LocalDate date(BookCsv.Row row, String column) {
    String v = row.text(column);
    if (v.isEmpty()) {
      problem(row, column, "is empty; a date like 2024-12-02 is required");
      return null;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problem(row, column, "'" + Echo.echo(v) + "' is not a date (yyyy-mm-dd, e.g. 2024-12-02)");
      return null;
    }
    String outside = DateWindow.BOOK.check(d);
    if (outside != null) {
      problem(row, column, outside);
      return null;
    }
    return d;
  }

  /** A required number; NaN after recording a problem. */
  double number(BookCsv.Row row, String column) {
    String v = row.text(column);
    if (v.isEmpty()) {
      problem(row, column, "is empty; a number is required");
      return Double.NaN;
    }
    return parse(row, column, v);
  }

  /** An optional number: NaN when blank. */
  double optionalNumber(BookCsv.Row row, String column) {
    String v = row.text(column);
    return v.isEmpty() ? Double.NaN : parse(row, column, v);
  }

  private double parse(BookCsv.Row row, String column, String v) {
    double d;
    try {
      d = Numbers.parse(v);
    } catch (IllegalArgumentException e) {
      problem(row, column, e.getMessage());
      return Double.NaN;
    }
    if (Double.isNaN(d)) {
      problem(row, column, "'" + Echo.echo(v) + "' is not a number");
      return Double.NaN;
    }
    Plausible range = RANGES.get(column);
    String bad = range == null || (range == Plausible.PRICE && d <= 0) ? null : range.check(d);
    if (bad != null) {
      problem(row, column, bad);
      return Double.NaN;
    }
    return d;
  }

  private static final java.util.Map<String, Plausible> RANGES = java.util.Map.of(
      "eps", Plausible.EPS, "per_ads", Plausible.PE, "revenue", Plausible.COMPANY_TOTAL,
      "adj_net_profit", Plausible.COMPANY_TOTAL, "target_price", Plausible.PRICE);

  /** A required integer; null after recording a problem. */
  Integer integer(BookCsv.Row row, String column) {
    String v = row.text(column);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      problem(row, column, v.isEmpty() ? "is empty; a whole number is required" : "'" + Echo.echo(v) + "' is not a whole number");
      return null;
    }
  }

  /** A required non-empty text; null after recording a problem. */
  String text(BookCsv.Row row, String column) {
    String v = row.text(column);
    if (v.isEmpty()) {
      problem(row, column, "is empty");
      return null;
    }
    return v;
  }
}
