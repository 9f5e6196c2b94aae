package org.sectordesk.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectordesk.report.Figure;
import org.sectordesk.report.FigureGrid;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.SampleReports;
import org.sectordesk.report.Section;
import org.sectordesk.report.chart.ChartRenderer;

/** The Word file is ready to send: header and footer after the cover, fields, the East Asian font named and embedded. */
class WordReadyToSendTest {
  private static ReportFonts fonts;
  private static ChartRenderer charts;

  @BeforeAll
  static void setUp() {
    fonts = ReportFonts.load();
    charts = new ChartRenderer(fonts, HouseStyle.defaults());
  }

  @Test
  void headerFooterFieldsAndEmbeddedFont() throws Exception {
    Report report = SampleReports.monthly();
    byte[] docx = new DocxRenderer(charts, fonts).render(report);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      // the cover page has neither header nor footer; every later page has both
      assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
      XWPFHeader first = doc.getHeaderFooterPolicy().getFirstPageHeader();
      assertThat(first.getText().strip()).isEmpty();
      XWPFHeader header = doc.getHeaderFooterPolicy().getDefaultHeader();
      assertThat(header.getText()).contains(report.house() + " · " + report.title());
      XWPFFooter footer = doc.getHeaderFooterPolicy().getDefaultFooter();
      String footerXml = footer._getHdrFtr().xmlText();
      assertThat(footerXml).contains(" PAGE ").contains(" NUMPAGES ");
      assertThat(footer.getText()).contains("/");
      // Word updates the fields (contents, list of figures, page numbers) on opening
      PackagePart settings = doc.getPackage().getPart(PackagingURIHelper.createPartName("/word/settings.xml"));
      try (InputStream in = settings.getInputStream()) {
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("updateFields");
      }
      String body = doc.getDocument().xmlText();
      assertThat(body).contains("TOC \\o").contains("TOC \\h \\z \\t \"caption,1\"");
      // every run that holds text names the East Asian font
      Matcher runs = Pattern.compile("<w:r>(.*?)</w:r>|<w:r [^>]*>(.*?)</w:r>", Pattern.DOTALL).matcher(body);
      int withText = 0;
      while (runs.find()) {
        String r = runs.group(1) != null ? runs.group(1) : runs.group(2);
        if (r.contains("<w:t")) {
          withText++;
          assertThat(r).as("run %s", r.length() > 200 ? r.substring(0, 200) : r).contains("w:eastAsia=\"Noto Sans SC\"");
        }
      }
      assertThat(withText).isGreaterThan(50);
      // the font travels with the document: two obfuscated subsets that de-obfuscate to fonts holding the text
      PackagePart table = doc.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"));
      String tableXml;
      try (InputStream in = table.getInputStream()) {
        tableXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      Matcher m = Pattern.compile("<w:embedRegular r:id=\"([^\"]+)\" w:fontKey=\"([^\"]+)\"").matcher(tableXml);
      assertThat(m.find()).isTrue();
      assertThat(tableXml).contains("w:name=\"Noto Sans SC\"").contains("<w:embedBold");
      PackagePart font = table.getRelatedPart(table.getRelationship(m.group(1)));
      byte[] plain;
      try (InputStream in = font.getInputStream()) {
        plain = WordFurniture.obfuscate(in.readAllBytes(), m.group(2)); // XOR twice gives the font back
      }
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(plain));
      for (int cp : "恒生科技指数下跌".codePoints().toArray()) {
        assertThat(ttf.getUnicodeCmapLookup().getGlyphId(cp)).as("glyph of %c", cp).isPositive();
      }
      assertThat(ttf.getNumberOfGlyphs()).isLessThan(5000); // a subset, not the 30 000-glyph font
    }
  }

  @Test
  void aFigureGridIsATableOfChartsWithTheirNumbers() throws Exception {
    Report r = SampleReports.monthly();
    List<Figure> figs = r.sections().stream().flatMap(s -> s.blocks().stream())
        .filter(b -> b instanceof Figure).map(b -> (Figure) b).limit(2).toList();
    Report grid = new Report(r.title(), "", r.house(), r.date(), r.lang(), r.numbering(), r.style(),
        List.of(Section.of("图", 1, new FigureGrid(List.of(new Figure(figs.get(0).caption(), figs.get(0).chart(), "", 8, 5),
            new Figure(figs.get(1).caption(), figs.get(1).chart(), "", 8, 5)), 2))));
    assertThat(grid.numberedItems()).hasSize(2);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxRenderer(charts).render(grid)))) {
      assertThat(doc.getTables()).hasSize(1);
      assertThat(doc.getTables().get(0).getRow(0).getTableCells()).hasSize(2);
      assertThat(doc.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(0).getText()).startsWith("图2：");
      assertThat(doc.getAllPictures()).hasSize(2);
    }
    String html = new HtmlRenderer(fonts, charts).render(grid);
    assertThat(html).contains("<table class=\"grid\">").contains("图1：").contains("图2：");
    String md = new MarkdownRenderer(charts).render(grid, "g").markdown();
    assertThat(md).contains("| **图1：").contains("](g/fig-2.png) |");
  }
}
