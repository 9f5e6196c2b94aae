package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.List;

/** Writes RFC 4180 CSV rows. */
final class NewsCsv {
  private NewsCsv() {}

  static void row(PrintWriter out, List<?> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      Object c = cells.get(i);
      String s = c == null ? "" : c.toString();
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        b.append(s);
      }
    }
    out.print(b.append("\r\n"));
  }
}
