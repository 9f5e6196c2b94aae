package org.sectordesk.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * The rows of one workbook sheet as text: date-formatted cells as ISO dates, numbers as Excel shows them
 * without grouping, formulas by their cached result, errors as {@code #N/A}.
 */
final class SheetTable implements Table {
  private final Workbook workbook;
  private final String sheetName;
  private final Iterator<Row> rows;

  private SheetTable(Workbook workbook, Sheet sheet) {
    this.workbook = workbook;
    this.sheetName = sheet.getSheetName();
    this.rows = sheet.rowIterator();
  }

  static SheetTable of(Workbook workbook, Sheet sheet) {
    return new SheetTable(workbook, sheet);
  }

  /** The sheet names of a workbook, in order. */
  static List<String> sheetNames(Workbook workbook) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      names.add(workbook.getSheetName(i));
    }
    return names;
  }

  @Override
  public TableRow next() {
    while (rows.hasNext()) {
      Row row = rows.next();
      int last = row.getLastCellNum();
      if (last <= 0) {
        continue;
      }
      String[] cells = new String[last];
      for (int c = 0; c < last; c++) {
        cells[c] = text(row.getCell(c));
      }
      return new TableRow(cells, row.getRowNum() + 1L, sheetName);
    }
    return null;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return NumberToTextConverter.toText(cell.getNumericCellValue());
      case STRING:
        return cell.getStringCellValue().strip();
      case BOOLEAN:
        return Boolean.toString(cell.getBooleanCellValue());
      case ERROR:
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
      default:
        return "";
    }
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
