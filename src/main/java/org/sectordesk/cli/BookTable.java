package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain-text and CSV tables for the estimates and ratings commands. Column widths count CJK characters as two
 * columns so Chinese names line up in a terminal.
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
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = width(header.get(i));
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], width(r.get(i)));
      }
    }
    out.println(line(header, w));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    out.println(rule);
    for (List<String> r : rows) {
      out.println(line(r, w));
    }
  }

  void printCsv(PrintWriter out) {
    out.println(csvLine(header));
    for (List<String> r : rows) {
      out.println(csvLine(r));
    }
  }

  private String line(List<String> cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(w[i] - width(c));
      b.append(i == 0 ? "" : "  ").append(rightAligned.get(i) ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
    }
    return b.toString();
  }

  static String csvLine(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i) == null ? "" : cells.get(i);
      if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
        c = "\"" + c.replace("\"", "\"\"") + "\"";
      }
      b.append(i == 0 ? "" : ",").append(c);
    }
    return b.toString();
  }

  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      w += (ch >= 0x1100 && (ch <= 0x115f || (ch >= 0x2e80 && ch <= 0xa4cf) || (ch >= 0xac00 && ch <= 0xd7a3)
          || (ch >= 0xf900 && ch <= 0xfaff) || (ch >= 0xfe30 && ch <= 0xfe4f) || (ch >= 0xff00 && ch <= 0xff60)
          || (ch >= 0xffe0 && ch <= 0xffe6))) ? 2 : 1;
    }
    return w;
  }

  /** Fixed decimals, thousands separators; empty for NaN. */
  static String num(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  /** A fraction as percent with the given decimals, e.g. 0.1234 → 12.3; empty for NaN. */
  static String pct(double fraction, int decimals) {
    return Double.isNaN(fraction) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", fraction * 100);
  }

  /** Unrounded number for CSV; empty for NaN. */
  static String raw(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }
}
