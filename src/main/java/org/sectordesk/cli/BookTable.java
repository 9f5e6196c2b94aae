package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text and CSV tables for the estimates and ratings commands: rows collected once, printed as a
 * {@link TextTable} or as CSV lines. Numbers print as everywhere else in the CLI ({@link Numbers}),
 * empty when missing.
 */
final class BookTable {
  private final List<String> header;
  private final List<Boolean> rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  BookTable(List<String> header, List<Boolean> rightAligned) {
    this.header = List.copyOf(header);
    this.rightAligned = List.copyOf(rightAligned);
  }

  void add(List<String> row) {
    rows.add(List.copyOf(row));
  }

  void printText(PrintWriter out) {
    boolean[] right = new boolean[rightAligned.size()];
    for (int i = 0; i < right.length; i++) {
      right[i] = rightAligned.get(i);
    }
    TextTable t = new TextTable(header, right);
    rows.forEach(t::row);
    t.print(out);
  }

  void printCsv(PrintWriter out) {
    Csv.line(out, header);
    rows.forEach(r -> Csv.line(out, r));
    out.flush();
  }

  /** Fixed decimals, thousands separators; empty for NaN. */
  static String num(double v, int decimals) {
    return Double.isNaN(v) ? "" : Numbers.num(v, decimals, true);
  }

  /** A fraction as percent with the given decimals, e.g. 0.1234 → 12.3; empty for NaN. */
  static String pct(double fraction, int decimals) {
    return Double.isNaN(fraction) ? "" : Numbers.pct(fraction, decimals);
  }

  /** Unrounded number for CSV; empty for NaN. */
  static String raw(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  /** A fraction in percent for CSV, unrounded, the decimal point moved exactly as in JSON; empty when missing. */
  static String rawPct(double fraction) {
    Double p = Numbers.pctValue(fraction);
    return p == null ? "" : p.toString();
  }
}
