package org.sectordesk.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small .xlsx fixtures in the test: dates as date-formatted cells, numbers as numbers, null as no cell. */
final class Workbooks {
  private Workbooks() {}

  /** Sheets as name, rows, name, rows ... */
  static Path write(Path file, Object... sheetsAndRows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (int s = 0; s < sheetsAndRows.length; s += 2) {
        Sheet sheet = wb.createSheet((String) sheetsAndRows[s]);
        Object[][] rows = (Object[][]) sheetsAndRows[s + 1];
        for (int r = 0; r < rows.length; r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < rows[r].length; c++) {
            Object v = rows[r][c];
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof LocalDate) {
              cell.setCellValue((LocalDate) v);
              cell.setCellStyle(dateStyle);
            } else if (v instanceof Number) {
              cell.setCellValue(((Number) v).doubleValue());
            } else {
              cell.setCellValue(v.toString());
            }
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  static Object[] row(Object... cells) {
    return cells;
  }
}
