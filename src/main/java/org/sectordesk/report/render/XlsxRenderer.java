package org.sectordesk.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sectordesk.report.Block;
import org.sectordesk.report.Cell;
import org.sectordesk.report.HeaderCell;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.Table;

/**
 * One sheet per table: caption, header rows (merged as in the report), numbers as numeric cells holding
 * the unrounded value with a display format (fractions as Excel percent), so every value reads back
 * exactly; text as text; then note and source line. Sheet names are at most 31 characters and unique.
 */
public final class XlsxRenderer {

  public byte[] render(Report report) {
    Map<Block, Report.Numbered> numbers = report.numberOf();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb, report.style());
      Set<String> used = new HashSet<>();
      for (Table t : report.tables()) {
        Report.Numbered n = numbers.get(t);
        String name = sheetName(t, n, used);
        XSSFSheet sheet = wb.createSheet(name);
        write(sheet, t, n == null ? t.caption() : n.caption(), styles);
      }
      if (wb.getNumberOfSheets() == 0) {
        XSSFSheet sheet = wb.createSheet(report.lang().code().equals("zh") ? "无表格" : "No tables");
        sheet.createRow(0).createCell(0).setCellValue(report.title());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the workbook of '" + report.title() + "'", e);
    }
  }

  /** A safe, unique sheet name of at most 31 characters. */
  static String sheetName(Table t, Report.Numbered n, Set<String> used) {
    String base = !t.sheetName().isEmpty() ? t.sheetName()
        : n != null ? n.caption() : t.caption().isEmpty() ? "Table" : t.caption();
    base = WorkbookUtil.createSafeSheetName(base.replace('\'', ' ').strip(), '_');
    if (base.length() > 31) {
      base = base.substring(0, 31);
    }
    String name = base;
    for (int k = 2; used.contains(name.toLowerCase(Locale.ROOT)); k++) {
      String suffix = "~" + k;
      name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
    }
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private static void write(XSSFSheet sheet, Table t, String caption, Styles styles) {
    int r = 0;
    XSSFRow capRow = sheet.createRow(r++);
    capRow.createCell(0).setCellValue(caption);
    capRow.getCell(0).setCellStyle(styles.caption);
    int cols = t.columnCount();
    int[] widths = new int[cols];
    for (List<HeaderCell> hr : t.header()) {
      XSSFRow row = sheet.createRow(r);
      int c = 0;
      for (HeaderCell h : hr) {
        for (int k = 0; k < h.colSpan(); k++) {
          var cell = row.createCell(c + k);
          cell.setCellStyle(styles.header);
          if (k == 0) {
            cell.setCellValue(h.text());
          }
        }
        if (h.colSpan() > 1) {
          sheet.addMergedRegion(new CellRangeAddress(r, r, c, c + h.colSpan() - 1));
        } else {
          widths[c] = Math.max(widths[c], width(h.text()));
        }
        c += h.colSpan();
      }
      r++;
    }
    int headerEnd = r;
    int[][] spans = t.spans();
    for (int i = 0; i < t.rows().size(); i++) {
      XSSFRow row = sheet.createRow(r + i);
      for (int c = 0; c < cols; c++) {
        Cell v = t.rows().get(i).get(c);
        var cell = row.createCell(c);
        if (v instanceof Cell.Num num) {
          cell.setCellValue(num.value());
          cell.setCellStyle(styles.number(num.style().excelFormat()));
        } else if (v instanceof Cell.Text tx) {
          cell.setCellValue(tx.text());
          cell.setCellStyle(t.mergedColumns().contains(c) ? styles.merged : styles.text);
        }
        widths[c] = Math.max(widths[c], width(v.printed()));
        if (spans[i][c] > 1) {
          sheet.addMergedRegion(new CellRangeAddress(r + i, r + i + spans[i][c] - 1, c, c));
        }
      }
    }
    r += t.rows().size();
    if (!t.note().isEmpty()) {
      sheet.createRow(r++).createCell(0).setCellValue(t.note());
    }
    if (!t.source().isEmpty()) {
      sheet.createRow(r).createCell(0).setCellValue(t.source());
    }
    for (int c = 0; c < cols; c++) {
      sheet.setColumnWidth(c, Math.min(60, Math.max(6, widths[c] + 2)) * 256);
    }
    sheet.createFreezePane(0, headerEnd);
  }

  /** Display width: CJK characters count double. */
  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) > 0x2E80 ? 2 : 1;
    }
    return w;
  }

  private static final class Styles {
    private final XSSFWorkbook wb;
    final XSSFCellStyle caption;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle merged;
    private final Map<String, CellStyle> numbers = new HashMap<>();
    private final XSSFFont bodyFont;

    Styles(XSSFWorkbook wb, HouseStyle style) {
      this.wb = wb;
      bodyFont = wb.createFont();
      bodyFont.setFontName(ReportFonts.FAMILY);
      bodyFont.setFontHeightInPoints((short) 10);
      XSSFFont bold = wb.createFont();
      bold.setFontName(ReportFonts.FAMILY);
      bold.setBold(true);
      bold.setFontHeightInPoints((short) 11);
      XSSFFont headFont = wb.createFont();
      headFont.setFontName(ReportFonts.FAMILY);
      headFont.setBold(true);
      headFont.setFontHeightInPoints((short) 10);
      headFont.setColor(new XSSFColor(HouseStyle.awt(style.headerText()), null));
      caption = wb.createCellStyle();
      caption.setFont(bold);
      header = wb.createCellStyle();
      header.setFont(headFont);
      header.setFillForegroundColor(new XSSFColor(HouseStyle.awt(style.headerFill()), null));
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
      text = wb.createCellStyle();
      text.setFont(bodyFont);
      merged = wb.createCellStyle();
      merged.setFont(bodyFont);
      merged.setAlignment(HorizontalAlignment.CENTER);
      merged.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    CellStyle number(String format) {
      return numbers.computeIfAbsent(format, f -> {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(bodyFont);
        s.setDataFormat(wb.createDataFormat().getFormat(f));
        return s;
      });
    }
  }
}
