package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal; Chinese characters count as two columns. */
final class TextTable {
  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers, boolean... rightAligned) {
    this.headers = headers;
    this.rightAligned = rightAligned;
  }

  TextTable row(List<String> cells) {
    rows.add(cells);
    return this;
  }

  void print(PrintWriter out) {
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = width(headers.get(i));
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], width(r.get(i)));
      }
    }
    out.println(line(headers, w));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    out.println(rule.toString().stripTrailing());
    for (List<String> r : rows) {
      out.println(line(r, w));
    }
    out.flush();
  }

  private String line(List<String> cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i) == null ? "" : cells.get(i);
      String pad = " ".repeat(w[i] - width(c));
      boolean right = i < rightAligned.length && rightAligned[i];
      b.append(i == 0 ? "" : "  ").append(right ? pad + c : c + pad);
    }
    return b.toString().stripTrailing();
  }

  static int width(String s) {
    if (s == null) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      n += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return n;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
