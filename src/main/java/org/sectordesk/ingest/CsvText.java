package org.sectordesk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the news and announcement exports: quoted fields may hold commas,
 * doubled quotes and line breaks; each row keeps the line it starts on. A UTF-8 BOM is ignored.
 */
final class CsvText {
  record Row(long line, List<String> cells) {}

  private CsvText() {}

  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    long line = 1;
    long rowStart = 1;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          cells.add(cell.toString());
          cell.setLength(0);
          any = true;
        }
        case '\r' -> { }
        case '\n' -> {
          cells.add(cell.toString());
          cell.setLength(0);
          if (any || cells.size() > 1 || !cells.get(0).isBlank()) {
            rows.add(new Row(rowStart, List.copyOf(cells)));
          }
          cells.clear();
          any = false;
          line++;
          rowStart = line;
        }
        default -> {
          cell.append(c);
          any = true;
        }
      }
    }
    if (any || cell.length() > 0) {
      cells.add(cell.toString());
      rows.add(new Row(rowStart, List.copyOf(cells)));
    }
    return rows;
  }
}
