package org.sectordesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header row with its names normalised for lookup: byte-order mark and non-breaking spaces removed
 * ({@code "Close\u00a0"} is {@code close}), trimmed, lower case, and a unit in brackets split off
 * ({@code 收盘价(元)} is {@code 收盘价} with unit {@code 元}).
 */
final class Header {
  private final TableRow row;
  private final List<String> keys = new ArrayList<>();
  private final List<String> units = new ArrayList<>();

  Header(TableRow row) {
    this.row = row;
    for (String cell : row.cells()) {
      String t = clean(cell);
      String unit = "";
      int open = firstBracket(t);
      if (open > 0) {
        int close = closing(t, open);
        unit = t.substring(open + 1, close < 0 ? t.length() : close).strip();
        t = t.substring(0, open).strip();
      }
      keys.add(t.toLowerCase(Locale.ROOT));
      units.add(unit);
    }
  }

  /** The cell text without BOM, with non-breaking and ideographic spaces as spaces, trimmed. */
  static String clean(String cell) {
    String t = cell;
    if (t.indexOf('\ufeff') >= 0) {
      t = t.replace("\ufeff", "");
    }
    if (t.indexOf('\u00a0') >= 0 || t.indexOf('\u3000') >= 0) {
      t = t.replace('\u00a0', ' ').replace('\u3000', ' ');
    }
    return t.strip();
  }

  private static int firstBracket(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '（' || c == '[' || c == '【') {
        return i;
      }
    }
    return -1;
  }

  private static int closing(String t, int from) {
    for (int i = from + 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ')' || c == '）' || c == ']' || c == '】') {
        return i;
      }
    }
    return -1;
  }

  TableRow row() {
    return row;
  }

  int size() {
    return keys.size();
  }

  String key(int col) {
    return col >= 0 && col < keys.size() ? keys.get(col) : "";
  }

  /** The name as written (cleaned, case kept). */
  String name(int col) {
    return clean(row.cell(col));
  }

  String unit(int col) {
    return col >= 0 && col < units.size() ? units.get(col) : "";
  }

  /** The first column whose normalised name is one of the aliases (lower case), or -1. */
  int find(String... aliases) {
    for (String alias : aliases) {
      int i = keys.indexOf(alias);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  boolean has(String... aliases) {
    return find(aliases) >= 0;
  }

  /** True when a name is written exactly so (case-sensitive, after cleaning). */
  boolean hasExactly(String name) {
    for (String cell : row.cells()) {
      if (clean(cell).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The names as written, for messages. */
  String names() {
    List<String> out = new ArrayList<>();
    for (String cell : row.cells()) {
      out.add(clean(cell));
    }
    return String.join(", ", out);
  }

  /**
   * The column of a required field, or -1 after recording a problem naming the field, the names it may have
   * and the names the header has.
   */
  int require(Problems problems, String field, String... aliases) {
    int col = find(aliases);
    if (col < 0) {
      problems.add(row.where(), field, "missing required column '" + field + "'"
          + (aliases.length > 1 || !aliases[0].equals(field) ? " (named " + String.join(" or ", aliases) + ")" : "")
          + "; the header has: " + names());
    }
    return col;
  }

  /** The multiplier a unit asks for: 万 is 1e4, 亿 is 1e8, 千 1e3, 百万 1e6, 手 (a board lot of 100) 100; 1 otherwise. */
  double multiplier(int col) {
    String u = unit(col);
    if (u.startsWith("百万")) {
      return 1e6;
    }
    if (u.startsWith("万")) {
      return 1e4;
    }
    if (u.startsWith("亿")) {
      return 1e8;
    }
    if (u.startsWith("千")) {
      return 1e3;
    }
    if (u.startsWith("手")) {
      return 100;
    }
    return 1;
  }
}
