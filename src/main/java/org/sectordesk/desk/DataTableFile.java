package org.sectordesk.desk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The cells of the analyst's own table file (CSV in UTF-8, or a sheet of an XLSX) for a {@code data_table}
 * section: the first row is the header; a numeric XLSX cell keeps its value and its printed text.
 */
final class DataTableFile {
  /** A cell as read: its text as printed in the file, and its number when it is one. */
  record Value(String text, Double number) {}

  /** Header names and rows of values. */
  record Content(List<String> header, List<List<Value>> rows) {}

  private DataTableFile() {}

  static Content read(byte[] data, String file, String sheetName) {
    String f = file.toLowerCase(Locale.ROOT);
    List<List<Value>> all = f.endsWith(".xlsx") ? xlsx(data, file, sheetName) : f.endsWith(".csv") ? csv(data, file)
        : null;
    if (all == null) {
      throw new IllegalArgumentException(file + ": [file] a data table must be a .csv or .xlsx file");
    }
    while (!all.isEmpty() && all.get(all.size() - 1).stream().allMatch(v -> v.text().isBlank())) {
      all.remove(all.size() - 1);
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException(file + ": the table is empty (the first row must name the columns)");
    }
    List<String> header = all.get(0).stream().map(Value::text).toList();
    for (int c = 0; c < header.size(); c++) {
      if (header.get(c).isBlank()) {
        throw new IllegalArgumentException(file + ":1: [column " + (c + 1) + "] has no name in the header row");
      }
    }
    List<List<Value>> rows = new ArrayList<>();
    for (int r = 1; r < all.size(); r++) {
      List<Value> row = new ArrayList<>(all.get(r));
      if (row.size() > header.size() && row.subList(header.size(), row.size()).stream().anyMatch(v -> !v.text().isBlank())) {
        throw new IllegalArgumentException(file + ":" + (r + 1) + ": the row has " + row.size() + " cells, the header "
            + header.size());
      }
      while (row.size() < header.size()) {
        row.add(new Value("", null));
      }
      rows.add(List.copyOf(row.subList(0, header.size())));
    }
    return new Content(header, rows);
  }

  private static List<List<Value>> xlsx(byte[] data, String file, String sheetName) {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(data))) {
      Sheet sheet = sheetName.isEmpty() ? wb.getSheetAt(0) : wb.getSheet(sheetName);
      if (sheet == null) {
        throw new IllegalArgumentException(file + ": [sheet] no sheet named '" + sheetName + "'");
      }
      DataFormatter fmt = new DataFormatter(Locale.ROOT);
      List<List<Value>> out = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<Value> vs = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
            if (cell == null) {
              vs.add(new Value("", null));
            } else {
              CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
              Double n = t == CellType.NUMERIC ? cell.getNumericCellValue() : null;
              vs.add(new Value(fmt.formatCellValue(cell).trim(), n));
            }
          }
        }
        out.add(vs);
      }
      return out;
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith(file)) {
        throw iae;
      }
      throw new IllegalArgumentException(file + ": not a readable XLSX workbook (" + e.getMessage() + ")");
    }
  }

  /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; a UTF-8 BOM is skipped. */
  private static List<List<Value>> csv(byte[] data, String file) {
    String s = new String(data, StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    List<List<Value>> out = new ArrayList<>();
    List<Value> row = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          cur.append(c);
        }
      } else if (c == '"' && cur.toString().isBlank()) {
        quoted = true;
        cur.setLength(0);
      } else if (c == ',') {
        row.add(new Value(cur.toString().trim(), null));
        cur.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(new Value(cur.toString().trim(), null));
        cur.setLength(0);
        out.add(row);
        row = new ArrayList<>();
        line++;
      } else {
        cur.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException(file + ":" + line + ": a quoted field is not closed");
    }
    if (cur.length() > 0 || !row.isEmpty()) {
      row.add(new Value(cur.toString().trim(), null));
      out.add(row);
    }
    return out;
  }
}
