package org.sectordesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Opens a file as a {@link Table}: a workbook sheet for .xlsx / .xlsm / .xls, CSV text otherwise. */
final class Tables {
  private Tables() {}

  /** See {@link LongTable#checkFields}: a problem for a CSV row whose field count differs from the header's. */
  static void checkFields(TableRow row, Header header, RowReader reader) {
    if (row.defect() != null) {
      reader.problem(row, 0, "fields", row.defect());
      return;
    }
    if (row.sheet() != null) {
      return;
    }
    String wrong = FieldCounts.check(row.size(), header.size(), header.row().line());
    if (wrong != null) {
      reader.problem(row, 0, "fields", wrong);
    }
  }

  static boolean isWorkbook(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
  }

  /**
   * The table, or null after recording the problem: a file that cannot be read, a workbook without the sheet
   * asked for (the problem lists the sheets there are).
   */
  static Table open(ImportRequest request, Problems problems, LongConsumer progress) {
    Path file = request.file();
    try {
      if (!Files.isRegularFile(file)) {
        problems.fileProblem("file", "no such file: " + file);
        return null;
      }
      if (!isWorkbook(file)) {
        if (request.sheet() != null) {
          problems.fileProblem("sheet", "--sheet " + request.sheet() + " was given, but " + problems.file()
              + " is a text file, not a workbook");
          return null;
        }
        return CsvTable.open(file, progress);
      }
      Workbook workbook;
      try {
        workbook = WorkbookFactory.create(file.toFile(), null, true);
      } catch (IOException | RuntimeException e) {
        problems.fileProblem("file", "cannot read " + problems.file() + ": it is not a readable Excel workbook"
            + " (damaged, truncated, or another kind of file with an Excel name); open it in Excel and save it again,"
            + " or export the sheet as CSV");
        return null;
      }
      List<String> names = SheetTable.sheetNames(workbook);
      Sheet sheet;
      if (request.sheet() == null) {
        sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
        if (sheet == null) {
          workbook.close();
          problems.fileProblem("sheet", "the workbook has no sheets");
          return null;
        }
      } else {
        sheet = workbook.getSheet(request.sheet());
        if (sheet == null) {
          workbook.close();
          problems.fileProblem("sheet", "no sheet named '" + request.sheet() + "'; the workbook's sheets are: "
              + String.join(", ", names));
          return null;
        }
      }
      if (progress != null) {
        progress.accept(Files.size(file));
      }
      return SheetTable.of(workbook, sheet);
    } catch (NoSuchFileException e) {
      problems.fileProblem("file", "no such file: " + file);
      return null;
    } catch (IOException | RuntimeException e) {
      problems.fileProblem("file", "cannot read " + problems.file() + ": " + Echo.echo(String.valueOf(e.getMessage())));
      return null;
    }
  }
}
