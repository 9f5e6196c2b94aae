package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.report.Cell;
import org.sectordesk.report.Lang;
import org.sectordesk.report.Table;

/**
 * The sample workspace's monthly (November 2024) and weekly (week of 2024-09-02) reports, read back from the
 * files: the tables print the figures the published reports print, to the digit.
 */
class SampleReportsEndToEndTest {
  @TempDir
  static Path dir;
  static ReportDesk.Outcome monthly;
  static ReportDesk.Outcome weekly;

  @BeforeAll
  static void writeReports() {
    Path ws = dir.resolve("ws");
    WorkspaceSetup.init(ws, true, line -> { });
    monthly = ReportDesk.monthly(ws, YearMonth.of(2024, 11), Lang.ZH,
        EnumSet.of(ReportFormat.DOCX, ReportFormat.PDF, ReportFormat.XLSX), dir.resolve("out"), null);
    weekly = ReportDesk.weekly(ws, LocalDate.of(2024, 9, 2), Lang.ZH, EnumSet.of(ReportFormat.DOCX, ReportFormat.PDF),
        dir.resolve("out"), null);
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText()).toList();
  }

  private static XWPFTable tableAfterCaption(XWPFDocument doc, String captionPart) {
    List<Object> body = new ArrayList<>(doc.getBodyElements());
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) instanceof XWPFParagraph p && "Caption".equals(p.getStyle()) && p.getText().contains(captionPart)) {
        for (int k = i + 1; k < body.size(); k++) {
          if (body.get(k) instanceof XWPFTable t) {
            return t;
          }
        }
      }
    }
    throw new AssertionError("no table after a caption containing " + captionPart);
  }

  @Test
  void monthlyCoverageTableInWordPrintsThePublishedFigures() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("out/monthly-2024-11.docx"))))) {
      XWPFTable t = tableAfterCaption(doc, "图3：11月互联网板块重点公司表现");
      List<List<String>> rows = t.getRows().stream().map(SampleReportsEndToEndTest::cells).toList();
      // code, name, month %, vs index (pct), YTD %, close, market cap (CNY 亿) as the published table prints them
      String[][] expected = {
          {"0700.HK", "腾讯控股", "-1.6", "1.6", "27.45", "398.0", "34,064"},
          {"9999.HK", "网易", "9.1", "12.3", "22.64", "134.4", "3,985"},
          {"IQ.O", "爱奇艺", "-17.2", "-23.4", "-59.25", "2.2", "149"},
          {"SE.N", "SEA", "21.0", "14.8", "118.72", "113.8", "4,698"},
          {"AMZN.O", "亚马逊", "11.5", "5.3", "147.49", "207.9", "157,121"},
          {"3888.HK", "金山软件", "16.7", "20.0", "21.50", "31.4", "387"},
          {"NVDA.O", "英伟达", "4.1", "-2.1", "846.63", "138.3", "243,357"},
          {"2013.HK", "微盟集团", "-2.5", "0.8", "-76.28", "1.6", "47"}};
      for (String[] e : expected) {
        List<String> row = rows.stream().filter(r -> r.contains(e[0])).findFirst().orElseThrow(() -> new AssertionError(e[0]));
        assertThat(row.subList(row.indexOf(e[0]), row.size())).as(e[0]).containsExactly(e);
      }
      assertThat(rows).hasSize(1 + 29);
      // the forecast table (no caption of its own, under its heading) prints the published EPS and PE
      // (the cover's analysts table comes first)
      XWPFTable forecast = doc.getTables().stream().filter(x -> cells(x.getRow(0)).contains("EPS")).findFirst().orElseThrow();
      assertThat(cells(forecast.getRow(0))).contains("EPS", "PE");
      // seed 000's rows to the last digit: its names (listing names), order and one scheme (desk.yaml forecast_table);
      // market cap in million HKD as of the report date 2024-12-02
      List<List<String>> body = forecast.getRows().stream().map(SampleReportsEndToEndTest::cells)
          .filter(r -> r.get(0).matches("\\d{4}\\.HK")).toList();
      assertThat(body).containsExactly(
          List.of("0700.HK", "腾讯控股", "优于大市", "398.0", "3,688,428", "24.1", "26.3", "15", "14"),
          List.of("9999.HK", "网易-S", "优于大市", "134.4", "431,529", "11.2", "12.0", "11", "10"),
          List.of("3690.HK", "美团-W", "优于大市", "168.7", "1,026,583", "7.1", "8.6", "22", "18"),
          List.of("9988.HK", "阿里巴巴-SW", "优于大市", "83.7", "1,599,221", "7.8", "8.5", "10", "9"));
      assertThat(forecast.getRows()).hasSize(2 + 4);
      String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(text).contains("金山软件、网易、金蝶国际，分别为16.7%、9.1%、7.7%")
          .contains("20.0pct、12.3pct、11.0pct").contains("SEA、亚马逊、微博，分别为21.0%、11.5%、6.1%")
          .contains("14.8pct、5.3pct、-0.1pct").contains("行情回顾：11月恒生科技下跌3.2%");
    }
  }

  @Test
  void monthlyPdfHasTheFiguresInOrderAndTheValuationSentence() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("out/monthly-2024-11.pdf")))) {
      String text = new PDFTextStripper().getText(pdf).replace("\r", "");
      String body = text.substring(text.indexOf("行情回顾：11月"));
      List<Integer> order = new ArrayList<>();
      Matcher m = Pattern.compile("\\n图(\\d+)：").matcher(body);
      while (m.find()) {
        order.add(Integer.parseInt(m.group(1)));
      }
      assertThat(order).containsSubsequence(1, 2, 3, 4, 5, 6);
      assertThat(text.replace("\n", "")).contains("PE-TTM 为20.59x").contains("8.85%分位").contains("资料来源：Wind，明川证券研究所（示例）整理");
    }
  }

  @Test
  void monthlyWorkbookRoundTripsTheModelsNumbers() throws Exception {
    Table model = monthly.report().tables().stream().filter(t -> t.caption().contains("重点公司表现")).findFirst().orElseThrow();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("out/monthly-2024-11.xlsx"))))) {
      XSSFSheet s = wb.getSheet("重点公司表现");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("图3：11月互联网板块重点公司表现");
      for (int r = 0; r < model.rows().size(); r++) {
        for (int c = 0; c < model.columnCount(); c++) {
          if (model.rows().get(r).get(c) instanceof Cell.Num n) {
            assertThat(s.getRow(2 + r).getCell(c).getNumericCellValue()).isEqualTo(n.value());
          }
        }
      }
    }
  }

  @Test
  void weeklyMoversTablesPrintThePublishedFigures() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("out/weekly-2024-09-02.docx"))))) {
      XWPFTable hk = tableAfterCaption(doc, "港股重点个股涨跌幅前10");
      assertThat(cells(hk.getRow(0))).containsExactly("周涨幅前10", "周跌幅前10");
      assertThat(cells(hk.getRow(2))).containsExactly("0799.HK", "IGG", "41.33", "8.6%", "1119.HK", "创梦天地", "35.15", "-5.9%");
      assertThat(cells(hk.getRow(11))).containsExactly("3690.HK", "美团-W", "7,422.28", "0.9%", "0667.HK", "中国东方教育", "50.11", "-3.0%");
      XWPFTable us = tableAfterCaption(doc, "美股重点个股涨跌幅前10");
      assertThat(cells(us.getRow(2))).containsExactly("DDL.N", "叮咚买菜", "6.12", "19.9%", "NVDA.O", "英伟达", "25,224.20", "-13.9%");
      String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(text).contains("在申万31个一级行业中分别排名第3、15").contains("上证指数-2.69%").contains("纳斯达克指数-5.77%")
          .contains("IGG(+8.64%)");
    }
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("out/weekly-2024-09-02.pdf")))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("图表 1 主要指数周涨跌幅").contains("图表 10 本周申万一级行业涨跌幅");
    }
  }
}
