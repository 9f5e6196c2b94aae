package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.report.Cell;
import org.sectordesk.report.Lang;
import org.sectordesk.report.Layout;
import org.sectordesk.report.Picture;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.Table;
import org.sectordesk.report.TextSections;
import org.sectordesk.store.MarketStore;

/** The analyst's own tables and pictures: Markdown tables and images, data_table and image sections, in every format. */
class AnalystContentTest {
  private static ReportDesk desk;

  @BeforeAll
  static void fonts() {
    desk = new ReportDesk(ReportFonts.load());
  }

  /** The fixture workspace plus files of the analyst's own. */
  static final class WithFiles implements ReportSources {
    final FixtureSources base = new FixtureSources();
    final Map<String, byte[]> files = new HashMap<>();

    @Override public ReferenceData reference() { return base.reference(); }
    @Override public MarketStore market() { return base.market(); }
    @Override public Optional<String> text(String p) {
      return Optional.ofNullable(files.get(p)).map(b -> new String(b, StandardCharsets.UTF_8));
    }
    @Override public Optional<byte[]> bytes(String p) { return Optional.ofNullable(files.get(p)); }
    @Override public List<TextSections.ForecastLine> forecasts(LocalDate d, List<Integer> y) { return base.forecasts(d, y); }
    @Override public Optional<TextSections.RatingScale> ratingScale(String s, Lang l) { return base.ratingScale(s, l); }
    @Override public List<TextSections.NewsLine> news(Period p) { return base.news(p); }
    @Override public List<TextSections.AnnouncementLine> announcements(Period p) { return base.announcements(p); }
    @Override public List<TextSections.TrackerLine> aiTracker(LocalDate d) { return base.aiTracker(d); }
  }

  static byte[] png(int w, int h, Color c) throws Exception {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(c);
    g.fillRect(0, 0, w, h);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  static byte[] xlsx() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sh = wb.createSheet("models");
      String[][] rows = {{"模型", "厂商", "参数量（亿）", "上下文"}, {"混元-Large", "腾讯", "3890", "0.256"}, {"Qwen2.5-72B", "阿里", "727", "0.128"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sh.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (r > 0 && c >= 2) {
            row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
          } else {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static WithFiles workspace() throws Exception {
    WithFiles src = new WithFiles();
    src.files.put("texts/views.md", ("""
        **模型对比：**各家大模型本月密集更新。

        Table: 国内大模型能力对比
        | 模型 | 厂商 | 得分 |
        |---|---|---:|
        | 混元 | 腾讯 | 85.5 |
        | 通义 | 阿里 \\| 云 | 1,234 |
        资料来源：各公司官网

        ![大模型调用量走势](images/calls.png)
        资料来源：示例统计

        正文继续。
        """).getBytes(StandardCharsets.UTF_8));
    src.files.put("texts/images/calls.png", png(600, 300, Color.BLUE));
    src.files.put("data/models.xlsx", xlsx());
    src.files.put("images/arch.svg", """
        <svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">
          <rect x="10" y="10" width="380" height="180" fill="#C0392B"/>
        </svg>
        """.getBytes(StandardCharsets.UTF_8));
    return src;
  }

  static Layout layout() throws Exception {
    return Layout.read(new ByteArrayInputStream("""
        id: t
        kind: monthly
        title: 测试
        sections:
          - type: markdown_text
            heading: 核心观点
            file: texts/views.md
          - type: list_of_figures
          - type: coverage_table
          - type: data_table
            heading: 模型对比
            file: data/models.xlsx
            caption: 主要大模型参数
            columns: [模型, 厂商, 参数量（亿）, 上下文]
            formats: {参数量（亿）: "#,##0", 上下文: "0.0%"}
            source: 资料来源：公司公告
          - type: image
            heading: 架构
            file: images/arch.svg
            caption: 系统架构示意
            width_cm: 8
        """.getBytes(StandardCharsets.UTF_8)), "layouts/monthly.yaml");
  }

  @Test
  void tablesAndPicturesJoinTheFigureNumbering() throws Exception {
    Report r = new ReportComposer(workspace(), org.sectordesk.report.House.defaults(), "").monthly(layout(),
        YearMonth.of(2024, 11), Lang.ZH, Map.of("sector", "互联网"));
    assertThat(r.numberedItems()).extracting(Report.Numbered::caption).containsExactly("图1：国内大模型能力对比",
        "图2：大模型调用量走势", "图3：11月互联网板块重点公司表现", "图4：主要大模型参数", "图5：系统架构示意");
    Table md = r.tables().get(0);
    assertThat(md.columnLabels()).containsExactly("模型", "厂商", "得分");
    assertThat(md.rows().get(1).get(1).printed()).isEqualTo("阿里 | 云");
    assertThat(md.rows().get(1).get(2)).isInstanceOf(Cell.Num.class);
    assertThat(md.rows().get(1).get(2).printed()).isEqualTo("1,234");
    assertThat(md.source()).isEqualTo("资料来源：各公司官网");
    Table xl = r.tables().stream().filter(t -> t.caption().equals("主要大模型参数")).findFirst().orElseThrow();
    assertThat(xl.rows().get(0).get(2).printed()).isEqualTo("3,890");
    assertThat(xl.rows().get(0).get(3).printed()).isEqualTo("25.6%");
    assertThat(((Cell.Num) xl.rows().get(1).get(2)).value()).isEqualTo(727.0);
    Picture svg = (Picture) r.numberedItems().get(4).block();
    assertThat(svg.format()).isEqualTo(Picture.Format.SVG);
    assertThat(svg.widthCm()).isCloseTo(8.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(svg.heightCm()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void everyFormatHasNativeTablesAndPicturesWithTheSameNumbers(@TempDir Path dir) throws Exception {
    WithFiles src = workspace();
    Files.createDirectories(dir.resolve("layouts"));
    Files.writeString(dir.resolve("layouts/monthly.yaml"), new String(layoutYaml(), StandardCharsets.UTF_8));
    ReportDesk.Setup setup = ReportDesk.setup(dir, "monthly", Lang.ZH, Map.of());
    ReportDesk.Outcome o = desk.monthly(src, setup, YearMonth.of(2024, 11), Lang.ZH, EnumSet.allOf(ReportFormat.class),
        dir.resolve("out"), null);
    Path out = dir.resolve("out");
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("monthly-2024-11.docx")))) {
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables.stream().anyMatch(t -> t.getRow(0).getCell(0).getText().equals("模型")
          && t.getRow(2).getCell(1).getText().equals("阿里 | 云"))).isTrue();
      assertThat(tables.stream().anyMatch(t -> t.getRow(1).getCell(1).getText().equals("腾讯")
          && t.getRow(1).getCell(2).getText().equals("3,890"))).isTrue();
      // the PNG of the text and the SVG drawn as a PNG
      assertThat(doc.getAllPictures()).hasSize(2);
      String captions = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
      assertThat(captions).contains("图1：国内大模型能力对比", "图2：大模型调用量走势", "图4：主要大模型参数", "图5：系统架构示意");
    }
    String html = Files.readString(out.resolve("monthly-2024-11.html"));
    assertThat(html).contains("<th>模型</th>", "<td>阿里 | 云</td>", "data:image/png;base64,", "data:image/svg+xml;base64,",
        "图5：系统架构示意");
    String md = Files.readString(out.resolve("monthly-2024-11.md"));
    assertThat(md).contains("| 模型 | 厂商 | 得分 |", "阿里 \\| 云", "](monthly-2024-11-figures/fig-2.png)",
        "](monthly-2024-11-figures/fig-5.svg)", "**图4：主要大模型参数**");
    assertThat(out.resolve("monthly-2024-11-figures/fig-2.png")).exists();
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("monthly-2024-11.pdf")))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("图1：国内大模型能力对比", "图5：系统架构示意", "阿里 | 云", "3,890");
      int images = 0;
      for (PDPage page : pdf.getPages()) {
        for (COSName n : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(n) instanceof PDImageXObject) {
            images++;
          }
        }
      }
      assertThat(images).isEqualTo(2); // the two pictures (the coverage table has no chart)
    }
    assertThat(o.report().numberedItems()).hasSize(5);
  }

  private static byte[] layoutYaml() throws Exception {
    return """
        id: t
        kind: monthly
        title: 测试
        sections:
          - type: markdown_text
            heading: 核心观点
            file: texts/views.md
          - type: list_of_figures
          - type: coverage_table
          - type: data_table
            heading: 模型对比
            file: data/models.xlsx
            caption: 主要大模型参数
            formats: {参数量（亿）: "#,##0", 上下文: "0.0%"}
          - type: image
            heading: 架构
            file: images/arch.svg
            caption: 系统架构示意
            width_cm: 8
        """.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void badFilesAreNamedWithTheirPlace() throws Exception {
    WithFiles src = workspace();
    src.files.put("texts/views.md", "段落\n\n![缺图](images/none.png)\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new ReportComposer(src, org.sectordesk.report.House.defaults(), "").monthly(layout(),
        YearMonth.of(2024, 11), Lang.ZH, Map.of())).hasMessageContaining("texts/views.md:3: [image] texts/images/none.png is not in the workspace");
    WithFiles src2 = workspace();
    src2.files.put("data/models.xlsx", "模型,得分\n甲,abc\n".getBytes(StandardCharsets.UTF_8));
    Layout l = Layout.read(new ByteArrayInputStream("""
        id: t
        kind: monthly
        sections:
          - type: data_table
            file: data/models.csv
            formats: {得分: "0.0"}
        """.getBytes(StandardCharsets.UTF_8)), "layouts/monthly.yaml");
    assertThatThrownBy(() -> new ReportComposer(src2, org.sectordesk.report.House.defaults(), "").monthly(l,
        YearMonth.of(2024, 11), Lang.ZH, Map.of())).hasMessageContaining("layouts/monthly.yaml sections[1] (data_table): [file] data/models.csv is not in the workspace");
    src2.files.put("data/models.csv", "模型,得分\n甲,abc\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new ReportComposer(src2, org.sectordesk.report.House.defaults(), "").monthly(l,
        YearMonth.of(2024, 11), Lang.ZH, Map.of())).hasMessageContaining("data/models.csv:2: [得分] 'abc' is not a number");
  }
}
