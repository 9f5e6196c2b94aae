import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the example workbooks of examples/ (laid out as Wind / iFinD export them; the values are written
 * for the project, not market data). Run from the project folder after a build:
 *
 * <pre>java -cp 'target/lib/*' scripts/ExampleWorkbooks.java</pre>
 */
public class ExampleWorkbooks {
  static final String[] HK_DAYS = {"2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"};

  public static void main(String[] args) throws Exception {
    windLong(Path.of("examples/wind-long-bars.xlsx"));
    windWide(Path.of("examples/wind-wide-index-closes.xlsx"));
    seriesWide(Path.of("examples/series-wide.xlsx"));
  }

  /** One row per code and day, Chinese headers with units, a source footer. */
  static void windLong(Path file) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("行情");
      CellStyle date = dateStyle(wb);
      row(s, 0, "代码", "简称", "日期", "开盘价", "最高价", "最低价", "收盘价", "复权收盘价", "成交量(手)", "币种");
      Object[][] names = {
          {"0700.HK", "腾讯控股", 575.0, new double[] {580.5, 586.0, 579.0, 571.5, 574.0, 583.5}, 182_000},
          {"9999.HK", "网易", 147.5, new double[] {149.2, 151.0, 150.1, 148.6, 149.9, 152.3}, 96_000},
          {"1024.HK", "快手", 39.85, new double[] {40.30, 41.15, 40.60, 39.90, 40.25, 41.05}, 610_000}};
      int r = 1;
      for (Object[] n : names) {
        double prev = (double) n[2];
        double[] closes = (double[]) n[3];
        for (int i = 0; i < closes.length; i++) {
          double c = closes[i];
          double o = round(prev * 1.002, 2);
          Row row = s.createRow(r++);
          row.createCell(0).setCellValue((String) n[0]);
          row.createCell(1).setCellValue((String) n[1]);
          var d = row.createCell(2);
          d.setCellValue(LocalDate.parse(HK_DAYS[i]));
          d.setCellStyle(date);
          row.createCell(3).setCellValue(o);
          row.createCell(4).setCellValue(round(Math.max(o, c) * 1.006, 2));
          row.createCell(5).setCellValue(round(Math.min(o, c) * 0.994, 2));
          row.createCell(6).setCellValue(c);
          row.createCell(7).setCellValue(c);
          row.createCell(8).setCellValue((int) n[4] + 1_000 * i);
          row.createCell(9).setCellValue("港元");
          prev = c;
        }
      }
      s.createRow(r + 1).createCell(0).setCellValue("数据来源：示例文件（为 Sector Desk 编写，非行情数据）");
      write(wb, file);
    }
  }

  /** Codes across, a row of names, dates down: one close per cell. */
  static void windWide(Path file) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("收盘价");
      CellStyle date = dateStyle(wb);
      row(s, 0, "", "HSI.HI", "HSTECH.HI");
      row(s, 1, "", "恒生指数", "恒生科技");
      double[] hsi = {25870.41, 26102.37, 25951.08, 25744.96, 25810.55, 26033.19};
      double[] tech = {5588.31, 5661.94, 5620.47, 5561.02, 5583.75, 5650.28};
      for (int i = 0; i < HK_DAYS.length; i++) {
        Row row = s.createRow(2 + i);
        var d = row.createCell(0);
        d.setCellValue(LocalDate.parse(HK_DAYS[i]));
        d.setCellStyle(date);
        row.createCell(1).setCellValue(hsi[i]);
        row.createCell(2).setCellValue(tech[i]);
      }
      write(wb, file);
    }
  }

  /** A Wind EDB export: label rows above, month-end dates down, one column per series. */
  static void seriesWide(Path file) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("EDB");
      CellStyle date = dateStyle(wb);
      row(s, 0, "指标名称", "game_market_revenue");
      row(s, 1, "频率", "月");
      row(s, 2, "单位", "亿元");
      row(s, 3, "来源", "示例来源（为 Sector Desk 编写）");
      row(s, 4, "entity", "CN");
      String[] ends = {"2025-08-31", "2025-09-30", "2025-10-31", "2025-11-30"};
      double[] values = {281.9, 285.4, 301.2, 296.7};
      for (int i = 0; i < ends.length; i++) {
        Row row = s.createRow(5 + i);
        var d = row.createCell(0);
        d.setCellValue(LocalDate.parse(ends[i]));
        d.setCellStyle(date);
        row.createCell(1).setCellValue(values[i]);
      }
      s.createRow(10).createCell(0).setCellValue("数据来源：示例文件");
      write(wb, file);
    }
  }

  static void row(Sheet s, int r, String... values) {
    Row row = s.createRow(r);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }

  static CellStyle dateStyle(XSSFWorkbook wb) {
    CellStyle st = wb.createCellStyle();
    st.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    return st;
  }

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  static void write(XSSFWorkbook wb, Path file) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    System.out.println("wrote " + file);
  }
}
