package org.sectordesk.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.SampleReports;
import org.sectordesk.report.chart.ChartRenderer;

/** Renders the sample model to every format and reads each output back (never compares bytes). */
class RenderersTest {
  private static ReportFonts fonts;
  private static ChartRenderer charts;
  private static HtmlRenderer html;
  private static Report report;

  @BeforeAll
  static void setUp() {
    fonts = ReportFonts.load();
    charts = new ChartRenderer(fonts, HouseStyle.defaults());
    html = new HtmlRenderer(fonts, charts);
    report = SampleReports.monthly();
  }

  @Test
  void chartsWithoutACaptionGetIdsNumberedInPageOrderSoTheHtmlIsTheSameEveryRun() {
    org.sectordesk.report.Figure captioned = report.sections().stream().flatMap(s -> s.blocks().stream())
        .filter(b -> b instanceof org.sectordesk.report.Figure).map(b -> (org.sectordesk.report.Figure) b)
        .findFirst().orElseThrow();
    java.util.function.Supplier<Report> withCoverCharts = () -> {
      List<org.sectordesk.report.Section> sections = new java.util.ArrayList<>(report.sections());
      sections.add(0, new org.sectordesk.report.Section("", 1, List.of(
          new org.sectordesk.report.Figure("", captioned.chart(), "", 8, 4),
          new org.sectordesk.report.Figure("", captioned.chart(), "", 8, 4))));
      return new Report(report.title(), report.subtitle(), report.house(), report.date(), report.lang(),
          report.numbering(), report.style(), sections);
    };
    String first = html.render(withCoverCharts.get());
    assertThat(first).contains("<svg id='chart-u1'").contains("<svg id='chart-u2'").doesNotContain("chart-u3");
    assertThat(html.render(withCoverCharts.get())).isEqualTo(first); // new Figure objects, same page
  }

  @Test
  void docxHoldsTheTableValuesNumberedCaptionsAndChineseText() throws Exception {
    byte[] docx = new DocxRenderer(charts).render(report);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> captions = doc.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle()))
          .map(XWPFParagraph::getText).toList();
      assertThat(captions).containsExactly("重点公司盈利预测及投资评级",
          "图1：恒生科技指数 VS 纳斯达克互联网指数月度涨跌幅", "图2：恒生科技指数 VS 纳斯达克互联网指数月度走势",
          "图3：11月互联网板块重点公司表现", "图4：2024年11月互联网板块股价下跌的股票（%）", "图5：恒生科技指数 PE-TTM 情况",
          "图6：港股重点个股本周行情表现（2024-09-02 至 2024-09-06）");
      XWPFTable forecast = doc.getTables().get(0);
      assertThat(forecast.getRow(0).getCell(5).getText()).isEqualTo("EPS");
      assertThat(forecast.getRow(0).getTableCells()).hasSize(7); // EPS and PE span two columns each
      assertThat(forecast.getRow(1).getCell(5).getText()).isEqualTo("2024E");
      assertThat(forecast.getRow(2).getTableCells()).extracting(c -> c.getText()).containsExactly("0700.HK", "腾讯控股",
          "优于大市", "398.0", "3,688,428", "24.1", "26.3", "15", "14");
      XWPFTable coverage = doc.getTables().get(1);
      assertThat(coverage.getRow(1).getCell(0).getText()).isEqualTo("文娱");
      assertThat(coverage.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge()).isNotNull(); // merged into 文娱
      assertThat(coverage.getRow(5).getTableCells()).extracting(c -> c.getText()).containsExactly("平台", "SE.N", "SEA",
          "21.0", "14.8", "118.72", "113.8", "4,698");
      assertThat(doc.getAllPictures()).hasSize(4);
      String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(all).contains("行情回顾：11月恒生科技指数下跌3.2%").contains("资料来源：Wind，示例研究所整理")
          .contains("<script>alert(1)</script>");
      assertThat(doc.getStyles().styleExist("Heading1")).isTrue();
      assertThat(new String(docx, java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEmpty();
      assertThat(doc.getDocument().xmlText()).contains("Noto Sans SC").contains("TOC \\o");
      // the TOC field's current result lists the headings (readers that never update fields still see it)
      assertThat(doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC")
          && !p.getStyle().equals("TOCHeading")).map(XWPFParagraph::getText).toList())
          .containsExactly("核心观点", "行情回顾：11月恒生科技指数下跌3.2%", "个股表现", "估值", "周度表现", "风险提示");
    }
  }

  @Test
  void docxTemplateKeepsItsHeaderAndStylesAndLosesItsBody() throws Exception {
    byte[] template;
    try (XWPFDocument t = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      t.createParagraph().createRun().setText("模板正文，应被清除");
      XWPFHeaderFooterPolicy policy = t.createHeaderFooterPolicy();
      policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("某某证券 研究报告");
      // Chinese Word gives its built-in headings ids such as "1" under the name "heading 1"
      var st = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
      st.setStyleId("1");
      st.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
      st.addNewName().setVal("heading 1");
      t.createStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(st));
      t.write(out);
      template = out.toByteArray();
    }
    byte[] docx = new DocxRenderer(charts).render(report, template);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getHeaderList()).extracting(h -> h.getText().trim()).contains("某某证券 研究报告");
      String body = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(body).doesNotContain("模板正文").contains("互联网行业 2024 年 12 月投资策略");
      assertThat(doc.getParagraphs().stream().filter(p -> p.getText().equals("核心观点")).findFirst().orElseThrow().getStyle())
          .isEqualTo("1");
      assertThat(doc.getStyles().styleExist("Heading1")).isFalse();
    }
  }

  @Test
  void pdfHasTheChineseCaptionsWithTheFontEmbedded() throws Exception {
    byte[] pdf = new PdfRenderer(fonts, html).render(report);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("图1：恒生科技指数 VS 纳斯达克互联网指数月度涨跌幅")
          .contains("图3：11月互联网板块重点公司表现").contains("图6：港股重点个股本周行情表现")
          .contains("资料来源：Wind，示例研究所整理").contains("腾讯控股").contains("3,688,428")
          .doesNotContain("####");
      List<Integer> order = new ArrayList<>();
      Matcher m = Pattern.compile("\\n图(\\d)：").matcher(text.substring(text.indexOf("核心观点")));
      while (m.find()) {
        order.add(Integer.parseInt(m.group(1)));
      }
      assertThat(order).containsSubsequence(1, 2, 3, 4, 5, 6);
      List<String> embedded = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          if (f.isEmbedded()) {
            embedded.add(f.getName());
          }
        }
      }
      assertThat(embedded).anyMatch(n -> n.contains("NotoSansSC"));
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4
    }
  }

  @Test
  void xlsxRoundTripsEveryNumberExactly() throws Exception {
    byte[] xlsx = new XlsxRenderer().render(report);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        assertThat(wb.getSheetName(i).length()).isLessThanOrEqualTo(31);
      }
      XSSFSheet cov = wb.getSheet("图3：11月互联网板块重点公司表现");
      assertThat(cov).isNotNull();
      for (int r = 0; r < SampleReports.COVERAGE.length; r++) {
        var row = cov.getRow(2 + r);
        for (int c = 3; c < 8; c++) {
          assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(row.getCell(c).getNumericCellValue()).isEqualTo((Double) SampleReports.COVERAGE[r][c]);
        }
      }
      assertThat(cov.getRow(2).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(cov.getMergedRegions()).anyMatch(a -> a.getFirstColumn() == 0 && a.getFirstRow() == 2 && a.getLastRow() == 3);
      XSSFSheet fc = wb.getSheet("盈利预测");
      assertThat(fc.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(3688428.0);
      assertThat(fc.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(15.25);
    }
  }

  @Test
  void sheetNamesAreShortSafeAndUnique() {
    var used = new java.util.HashSet<String>();
    var t = SampleReports.monthly().tables().get(1);
    String a = XlsxRenderer.sheetName(t, new Report.Numbered(1, "图1：一个很长很长很长很长很长很长很长很长很长很长很长的标题[含]:*?/", t, "x"), used);
    String b = XlsxRenderer.sheetName(t, new Report.Numbered(1, "图1：一个很长很长很长很长很长很长很长很长很长很长很长的标题[含]:*?/", t, "x"), used);
    assertThat(a.length()).isLessThanOrEqualTo(31);
    assertThat(b.length()).isLessThanOrEqualTo(31);
    assertThat(a).isNotEqualTo(b).doesNotContain("[", "]", ":", "*", "?", "/");
  }

  @Test
  void htmlIsSelfContainedAndEscapesMarkupInText() {
    String page = html.render(report);
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; **不是粗体** | 管道")
        .doesNotContain("<script>").contains("<svg").contains("@font-face").contains("data:font/ttf;base64,");
    // no external requests: nothing loads from a URL
    assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("@import").doesNotContain("url(http");
    assertThat(page).contains("图3：11月互联网板块重点公司表现").contains("<td class=\"merged\" rowspan=\"2\">文娱</td>");
  }

  @Test
  void htmlEmbedsAFontSubsetBrowsersAccept() throws Exception {
    String page = html.render(report);
    Matcher m = Pattern.compile("data:font/ttf;base64,([A-Za-z0-9+/=]+)").matcher(page);
    assertThat(m.find()).isTrue();
    byte[] ttf = java.util.Base64.getDecoder().decode(m.group(1));
    var font = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(ttf));
    // Chrome's font sanitizer rejects a subset that keeps GSUB/GPOS/BASE tables pointing at dropped glyphs
    assertThat(font.getTableMap().keySet()).doesNotContain("GSUB", "GPOS", "GDEF", "BASE", "vmtx", "vhea")
        .contains("cmap", "glyf", "OS/2", "name");
    var cmap = font.getUnicodeCmapLookup();
    for (char c : "恒生科技指数图资料来源".toCharArray()) {
      assertThat(cmap.getGlyphId(c)).as("glyph of " + c).isPositive();
    }
    assertThat(ttf.length).isLessThan(1_000_000); // a subset, not the 10 MB font
  }

  @Test
  void markdownLinksChartPngsThatExist(@TempDir Path dir) throws Exception {
    MarkdownRenderer.Output out = new MarkdownRenderer(charts).render(report, "monthly-figures");
    Path md = out.writeTo(dir, "monthly");
    String text = Files.readString(md);
    Matcher m = Pattern.compile("!\\[[^\\]]*]\\(([^)]+)\\)").matcher(text);
    int links = 0;
    while (m.find()) {
      Path png = dir.resolve(m.group(1));
      assertThat(png).exists();
      assertThat(javax.imageio.ImageIO.read(png.toFile())).isNotNull();
      links++;
    }
    assertThat(links).isEqualTo(4);
    assertThat(text).contains("| 0700.HK | 腾讯控股 | 优于大市 | 398.0 | 3,688,428 | 24.1 | 26.3 | 15 | 14 |")
        .contains("\\<script\\>alert(1)\\</script\\> \\& \\*\\*不是粗体\\*\\* \\| 管道");
  }

  @Test
  void aMissingFontIsAClearErrorNamingTheFix(@TempDir Path empty) {
    assertThatThrownBy(() -> ReportFonts.fromDirectory(empty))
        .isInstanceOf(ReportFonts.MissingFontException.class)
        .hasMessageContaining("NotoSansSC_400Regular.ttf").hasMessageContaining("scripts/fetch-fonts.sh");
  }
}
