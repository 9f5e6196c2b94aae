package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV lines. */
final class Csv {
  private Csv() {}

  static void line(PrintWriter out, List<?> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      Object c = cells.get(i);
      String s = c == null ? "" : c.toString();
      if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
        s = "\"" + s.replace("\"", "\"\"") + "\"";
      }
      b.append(i == 0 ? "" : ",").append(s);
    }
    out.println(b);
  }
}
