package org.sectordesk.ingest;

/**
 * One row of a CSV file or a sheet, as text. Cells past the end of the row read as empty.
 *
 * @param cells the cells; a CSV row's fields with quotes removed, a sheet row's cells rendered as text
 * @param line  the CSV line number (1-based) or the sheet row number (1-based)
 * @param sheet the sheet name, or null for a CSV file
 * @param defect what is wrong with the row's text itself (a quote never closed), or null
 */
record TableRow(String[] cells, long line, String sheet, String defect) {

  TableRow(String[] cells, long line, String sheet) {
    this(cells, line, sheet, null);
  }

  String cell(int col) {
    return col >= 0 && col < cells.length ? cells[col] : "";
  }

  int size() {
    return cells.length;
  }

  /** Where a cell is, as a problem names it: the line of a CSV file, or {@code Sheet!B12} in a workbook. */
  String where(int col) {
    if (sheet == null) {
      return Long.toString(line);
    }
    return sheetPrefix(sheet) + columnLetters(Math.max(col, 0)) + line;
  }

  /** Where the row is: the CSV line, or the row's first cell, {@code Sheet!A12}. */
  String where() {
    return where(0);
  }

  /** True when every cell is empty (after trimming). */
  boolean blank() {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String sheetPrefix(String sheet) {
    boolean plain = sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!";
  }

  static String columnLetters(int col) {
    StringBuilder sb = new StringBuilder();
    int n = col + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      sb.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return sb.toString();
  }
}
