package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV lines, safe to open in a spreadsheet: a text cell that starts with {@code = + - @}, a tab or a
 * carriage return would run as a formula ({@code =HYPERLINK(…)}, {@code =cmd|' /C calc'!A0}), so it gets a
 * leading apostrophe, as OWASP recommends. Numbers (also as text, like {@code -3.2}) stay numbers.
 */
final class Csv {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?%?");

  private Csv() {}

  static void line(PrintWriter out, List<?> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      b.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
    }
    out.println(b);
  }

  /** One cell: neutralised when it could run as a formula, quoted when it holds a comma, quote or line break. */
  static String cell(Object c) {
    String s = c == null ? "" : c.toString();
    if (!(c instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches()) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
