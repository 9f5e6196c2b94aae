package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFFontInfo;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.report.Block;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.Deck;
import org.sectordesk.report.Figure;
import org.sectordesk.report.Lang;
import org.sectordesk.report.Paragraph;
import org.sectordesk.report.Section;

/**
 * The sample workspace's deck (PowerPoint and PDF, read back) and the sample monthly's industry data (seed 000's
 * figure 9: PBoC deposits of non-financial institutions with their YoY, and the sentence above it).
 */
class SampleDeckTest {
  @TempDir
  static Path dir;
  static Path ws;
  static DeckDesk.Outcome deck;

  @BeforeAll
  static void build() {
    ws = dir.resolve("ws");
    WorkspaceSetup.init(ws, true, line -> { });
    deck = DeckDesk.deck(ws, null, LocalDate.of(2025, 9, 30), Lang.ZH, EnumSet.allOf(DeckDesk.DeckFormat.class),
        dir.resolve("out"), null);
  }

  private static Path file(DeckDesk.DeckFormat f) {
    return deck.files().stream().filter(w -> w.format() == f).findFirst().orElseThrow().file();
  }

  @Test
  void theSampleMonthlyShowsThePbocDepositsFigureAndItsSentence() {
    ReportDesk.Outcome o = ReportDesk.monthly(ws, YearMonth.of(2024, 11), Lang.ZH, EnumSet.of(ReportFormat.MD),
        dir.resolve("monthly"), null);
    List<Block> blocks = o.report().sections().stream().map(Section::blocks).flatMap(List::stream).toList();
    assertThat(blocks).filteredOn(b -> b instanceof Paragraph).extracting(b -> ((Paragraph) b).text())
        .contains("根据央行货币当局资产负债表，非金融机构存款（支付机构交存央行的客户备付金）在2024年10月达23664亿元，同比持平，环比下降2.1%。",
            "2024年11月国家新闻出版署共发放国产网络游戏版号112款，同比增长28.7%，环比下降13.8%。");
    Figure fig = blocks.stream().filter(b -> b instanceof Figure f && f.caption().equals("央行非金融机构存款金额及增速（亿元、%）"))
        .map(b -> (Figure) b).findFirst().orElseThrow();
    ChartSpec.Combo c = (ChartSpec.Combo) fig.chart();
    assertThat(c.categories()).hasSize(13).startsWith("2023-10").endsWith("2024-10");
    assertThat(c.bars().get(0).values().get(12)).isEqualTo(23664.0);
    assertThat(c.linesOnRightAxis()).isTrue();
    // YoY as a fraction on the right axis: 23664 / 23660 - 1
    assertThat(c.lines().get(0).values().get(12)).isEqualTo((23664.0 / 23660 - 1) * 100 / 100);
    assertThat(fig.source()).isEqualTo("资料来源：中国人民银行，示例证券研究所整理");
  }

  @Test
  void theDeckHasACoverDividersAndAtLeastTwelveContentSlides() {
    Deck d = deck.deck();
    assertThat(d.contentSlides()).isGreaterThanOrEqualTo(12);
    assertThat(d.slides()).filteredOn(s -> s instanceof Deck.Divider).extracting(s -> ((Deck.Divider) s).label())
        .containsExactly("【01】", "【02】", "【03】", "【04】");
    assertThat(d.note()).contains("SAMPLE");
  }

  @Test
  void theIndexWindowMeasuresFromTheLastCloseBeforeItsStart() {
    Figure fig = deck.deck().slides().stream().filter(s -> s instanceof Deck.Content).flatMap(s -> ((Deck.Content) s).blocks().stream())
        .filter(b -> b instanceof Figure f && f.caption().equals("2024年以来主要指数累计涨跌幅（%）")).map(b -> (Figure) b)
        .findFirst().orElseThrow();
    ChartSpec.LineSeries hstech = ((ChartSpec.Lines) fig.chart()).series().stream().filter(l -> l.name().equals("恒生科技"))
        .findFirst().orElseThrow();
    try (org.sectordesk.workspace.Workspace w = org.sectordesk.workspace.Workspace.open(ws)) {
      org.sectordesk.domain.PriceHistory h = new org.sectordesk.store.DuckDbMarketStore(w.database()).history("HSTECH.HI");
      int base = h.indexBefore(LocalDate.of(2024, 1, 1));
      int end = h.indexOnOrBefore(LocalDate.of(2025, 9, 30));
      assertThat(hstech.dates().get(0)).isEqualTo(h.date(base));
      assertThat(hstech.values().get(0)).isEqualTo(0.0);
      assertThat(hstech.dates().get(hstech.dates().size() - 1)).isEqualTo(h.date(end));
      assertThat(hstech.values().get(hstech.values().size() - 1)).isEqualTo(h.adjClose(end) / h.adjClose(base) - 1);
    }
  }

  @Test
  void anIndexLevelWindowShowsTheClosesOfItsYears() throws IOException {
    org.sectordesk.report.DeckLayout layout = org.sectordesk.report.DeckLayout.read(new ByteArrayInputStream("""
        id: t
        kind: deck
        slides:
          - title: 恒生指数走势
            sections:
              - {type: index_window, mode: level, indices: [HSI.HI], years: 1}
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "decks/t.yaml");
    try (org.sectordesk.workspace.Workspace w = org.sectordesk.workspace.Workspace.open(ws)) {
      org.sectordesk.store.DuckDbMarketStore market = new org.sectordesk.store.DuckDbMarketStore(w.database());
      Deck d = new DeckComposer(new WorkspaceReportSources(w, market), org.sectordesk.report.House.defaults())
          .compose(layout, LocalDate.of(2025, 9, 30), Lang.ZH);
      Figure f = (Figure) ((Deck.Content) d.slides().get(0)).blocks().get(0);
      ChartSpec.LineSeries hsi = ((ChartSpec.Lines) f.chart()).series().get(0);
      org.sectordesk.domain.PriceHistory h = market.history("HSI.HI").between(LocalDate.of(2024, 9, 30), LocalDate.of(2025, 9, 30));
      assertThat(hsi.values()).hasSize(h.size());
      assertThat(hsi.values().get(h.size() - 1)).isEqualTo(h.close(h.size() - 1));
      assertThat(f.caption()).isEqualTo("近1年指数走势");
    }
  }

  @Test
  void thePowerPointIsSixteenByNineWithNativeChartsTablesAndTheFontEmbedded() throws IOException {
    try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(file(DeckDesk.DeckFormat.PPTX)))) {
      assertThat(ppt.getPageSize().getWidth() / ppt.getPageSize().getHeight()).isEqualTo(16.0 / 9);
      List<XSLFSlide> slides = ppt.getSlides();
      assertThat(slides).hasSize(deck.deck().slides().size() + 1);
      assertThat(text(slides.get(0))).contains("港股互联网与AI商业化专题（示例）", "示例数据（SAMPLE）");
      assertThat(text(slides.get(1))).contains("【01】", "海外云厂商");
      assertThat(text(slides.get(2))).contains("四大云厂商季度资本开支合计持续创新高", "资料来源：公司公告", "3");
      // slide 4: Microsoft's capex and its YoY as native charts, their data in the embedded workbook
      List<XSLFChart> charts = ppt.getCharts();
      assertThat(charts.size()).isGreaterThanOrEqualTo(12);
      XSLFChart msft = slides.get(3).getRelations().stream().filter(r -> r instanceof XSLFChart).map(r -> (XSLFChart) r)
          .findFirst().orElseThrow();
      XSSFSheet sheet;
      try {
        sheet = msft.getWorkbook().getSheetAt(0);
      } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
        throw new IllegalStateException(e);
      }
      assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("2025Q2");
      assertThat(sheet.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(242.0);
      assertThat(sheet.getRow(8).getCell(2).getNumericCellValue()).isEqualTo(242.0 / 190 - 1);
      assertThat(sheet.getRow(1).getCell(2)).as("2023Q3 has no YoY in the sample: an empty cell, not 0").isNull();
      long tables = slides.stream().flatMap(s -> s.getShapes().stream()).filter(s -> s instanceof XSLFTable).count();
      assertThat(tables).isGreaterThanOrEqualTo(4);
      XSLFTable prices = slides.stream().flatMap(s -> s.getShapes().stream()).filter(s -> s instanceof XSLFTable)
          .map(s -> (XSLFTable) s).filter(t -> t.getCell(1, 0).getText().equals("Qwen-Long")).findFirst().orElseThrow();
      assertThat(prices.getCell(1, 1).getText()).isEqualTo("20.00");
      assertThat(prices.getCell(1, 2).getText()).isEqualTo("0.50");
      assertThat(prices.getCell(1, 3).getText()).isEqualTo("-97.5%");
      List<XSLFFontInfo> fonts = XSLFFontInfo.getFonts(ppt);
      assertThat(fonts).extracting(XSLFFontInfo::getTypeface).contains("Noto Sans SC");
      assertThat(fonts.get(0).getFacets()).hasSize(2);
    }
  }

  @Test
  void thePdfHasOnePagePerSlideWithTheSameText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file(DeckDesk.DeckFormat.PDF).toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(deck.deck().slides().size() + 1);
      assertThat(pdf.getPage(0).getMediaBox().getWidth() / pdf.getPage(0).getMediaBox().getHeight())
          .isCloseTo(16f / 9, org.assertj.core.data.Offset.offset(0.001f));
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(3);
      s.setEndPage(3);
      assertThat(s.getText(pdf)).contains("四大云厂商季度资本开支合计持续创新高", "资料来源：公司公告");
    }
  }

  @Test
  void aHouseTemplateLendsItsMastersAndLosesItsSlides() throws IOException {
    byte[] template;
    try (XMLSlideShow t = new XMLSlideShow()) {
      t.createSlide();
      t.getSlideMasters().get(0).getTheme().setName("House theme");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.write(out);
      template = out.toByteArray();
    }
    // the same file as a .potx (a template's main part has its own content type)
    ByteArrayOutputStream potx = new ByteArrayOutputStream();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(template))) {
      pkg.replaceContentType(XSLFRelation.MAIN.getContentType(), XSLFRelation.PRESENTATIONML_TEMPLATE.getContentType());
      pkg.save(potx);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    for (byte[] t : List.of(template, potx.toByteArray())) {
      List<DeckDesk.Written> w = DeckDesk.write(deck.deck(), EnumSet.of(DeckDesk.DeckFormat.PPTX), dir.resolve("tpl"),
          "deck-template", t, org.sectordesk.report.ReportFonts.load());
      try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(w.get(0).file()))) {
        assertThat(ppt.getSlides()).hasSize(deck.deck().slides().size() + 1);
        assertThat(ppt.getSlideMasters().get(0).getTheme().getName()).isEqualTo("House theme");
        assertThat(text(ppt.getSlides().get(0))).contains("港股互联网与AI商业化专题（示例）");
      }
    }
  }

  private static String text(XSLFSlide s) {
    StringBuilder b = new StringBuilder();
    s.getShapes().forEach(sh -> {
      if (sh instanceof XSLFTextShape t) {
        b.append(t.getText()).append('\n');
      } else if (sh instanceof XSLFGraphicFrame) {
        b.append("[frame]\n");
      }
    });
    return b.toString();
  }
}
