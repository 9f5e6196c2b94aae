package org.sectordesk.report.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.sectordesk.report.Block;
import org.sectordesk.report.BulletList;
import org.sectordesk.report.Cell;
import org.sectordesk.report.Figure;
import org.sectordesk.report.HeaderCell;
import org.sectordesk.report.ListOfFigures;
import org.sectordesk.report.PageBreak;
import org.sectordesk.report.Paragraph;
import org.sectordesk.report.Picture;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.Run;
import org.sectordesk.report.Section;
import org.sectordesk.report.Table;
import org.sectordesk.report.Toc;
import org.sectordesk.report.chart.ChartRenderer;

/**
 * Word document with Apache POI: heading styles (Heading1..3, so Word's TOC and navigation work),
 * a TOC field Word fills on opening, a static list of figures, tables with header rows and merged
 * cells, charts as PNG with numbered captions and source lines. Given the house's own .docx template,
 * it keeps the template's styles, headers, footers and logo, clears the body and writes the report into it.
 * Every run names the East Asian font (Noto Sans SC); Word substitutes if the reader lacks it.
 */
public final class DocxRenderer {
  private static final int TEXT_WIDTH_TWIPS = 9638; // A4 with 2 cm margins
  private final ChartRenderer charts;

  public DocxRenderer(ChartRenderer charts) {
    this.charts = Objects.requireNonNull(charts, "charts");
  }

  /** Renders into a new document. */
  public byte[] render(Report report) {
    return render(report, null);
  }

  /** Renders into a copy of the template (the bytes of a .docx), or a new document when null. */
  public byte[] render(Report report, byte[] template) {
    try (XWPFDocument doc = template == null ? new XWPFDocument() : new XWPFDocument(new ByteArrayInputStream(template))) {
      if (template == null) {
        pageSetup(doc);
        defaultFont(doc);
      } else {
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
          doc.removeBodyElement(i);
        }
      }
      styles(doc, report);
      write(doc, report);
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Word document of '" + report.title() + "'", e);
    }
  }

  private void write(XWPFDocument doc, Report report) throws IOException {
    Map<Block, Report.Numbered> numbers = report.numberOf();
    para(doc, "DeskHouse", report.house(), false);
    para(doc, "Title", report.title(), false);
    if (!report.subtitle().isEmpty()) {
      para(doc, "Subtitle", report.subtitle(), false);
    }
    para(doc, "DeskNote", report.date().toString(), false);
    for (Section s : report.sections()) {
      if (!s.heading().isEmpty()) {
        para(doc, "Heading" + s.level(), s.heading(), false);
      }
      for (Block b : s.blocks()) {
        block(doc, report, b, numbers);
      }
    }
  }

  private void block(XWPFDocument doc, Report report, Block b, Map<Block, Report.Numbered> numbers) throws IOException {
    if (b instanceof Paragraph p) {
      XWPFParagraph xp = doc.createParagraph();
      xp.setStyle(sid(switch (p.kind()) {
        case BODY -> "DeskBody";
        case NOTE -> "DeskNote";
        case SOURCE -> "DeskSource";
      }));
      runs(xp, p.runs());
    } else if (b instanceof BulletList l) {
      int i = 1;
      for (Paragraph item : l.items()) {
        XWPFParagraph xp = doc.createParagraph();
        xp.setStyle(sid("DeskBody"));
        xp.setIndentationLeft(360);
        xp.setIndentationHanging(240);
        text(xp.createRun(), l.ordered() ? (i++) + ". " : "• ", false);
        runs(xp, item.runs());
      }
    } else if (b instanceof Table t) {
      table(doc, t, numbers.get(t));
    } else if (b instanceof Figure f) {
      figure(doc, f, numbers.get(f));
    } else if (b instanceof Toc toc) {
      para(doc, "TOCHeading", toc.title(), false);
      // a Word TOC field whose current result is the list of headings, so readers that do not update fields
      // (WPS, LibreOffice, previews) still show the contents; Word refreshes it with page numbers on opening
      List<String> entries = new java.util.ArrayList<>();
      List<Integer> levels = new java.util.ArrayList<>();
      for (Section s : report.sections()) {
        if (!s.heading().isEmpty() && s.level() <= toc.depth()) {
          entries.add(s.heading());
          levels.add(s.level());
        }
      }
      if (entries.isEmpty()) {
        entries.add(report.lang() == org.sectordesk.report.Lang.ZH ? "（目录：在 Word 中按 F9 更新域）"
            : "(Table of contents: press F9 in Word to update fields)");
        levels.add(1);
      }
      for (int i = 0; i < entries.size(); i++) {
        XWPFParagraph xp = doc.createParagraph();
        xp.setStyle(sid("TOC" + levels.get(i)));
        xp.setIndentationLeft((levels.get(i) - 1) * 420);
        if (i == 0) {
          xp.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
          xp.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-" + toc.depth() + "\" \\h \\z \\u ");
          xp.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        }
        text(xp.createRun(), entries.get(i), false);
        if (i == entries.size() - 1) {
          xp.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        }
      }
      doc.enforceUpdateFields();
    } else if (b instanceof ListOfFigures lof) {
      para(doc, "TOCHeading", lof.title(), false);
      for (Report.Numbered n : report.numberedItems()) {
        para(doc, "DeskBody", n.caption(), false);
      }
    } else if (b instanceof PageBreak) {
      doc.createParagraph().setPageBreak(true);
    } else if (b instanceof Picture pic) {
      picture(doc, pic, numbers.get(pic));
    }
  }

  private void table(XWPFDocument doc, Table t, Report.Numbered n) {
    String caption = n == null ? t.caption() : n.caption();
    if (!caption.isEmpty()) {
      XWPFParagraph cp = para(doc, "Caption", caption, false);
      cp.setKeepNext(true);
    }
    int cols = t.columnCount();
    int headerRows = t.header().size();
    XWPFTable xt = doc.createTable(headerRows + t.rows().size(), cols);
    xt.setWidth("100%");
    xt.setTableAlignment(TableRowAlign.CENTER);
    xt.setCellMargins(20, 60, 20, 60);
    int colWidth = TEXT_WIDTH_TWIPS / cols;
    for (int r = 0; r < headerRows + t.rows().size(); r++) {
      XWPFTableRow row = xt.getRow(r);
      for (int c = 0; c < cols; c++) {
        XWPFTableCell cell = row.getCell(c);
        cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(colWidth));
        cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
      }
    }
    for (int r = 0; r < headerRows; r++) {
      XWPFTableRow row = xt.getRow(r);
      row.setRepeatHeader(true);
      row.setCantSplitRow(true);
      List<HeaderCell> hs = t.header().get(r);
      int c = 0;
      for (HeaderCell h : hs) {
        XWPFTableCell cell = row.getCell(c);
        cellText(cell, h.text(), true, ParagraphAlignment.CENTER, true);
        shade(cell, headerFill);
        c += h.colSpan();
      }
      // merge spans right to left so the indices stay valid
      int[] starts = new int[hs.size()];
      int pos = 0;
      for (int i = 0; i < hs.size(); i++) {
        starts[i] = pos;
        pos += hs.get(i).colSpan();
      }
      for (int i = hs.size() - 1; i >= 0; i--) {
        int span = hs.get(i).colSpan();
        if (span > 1) {
          XWPFTableCell first = row.getCell(starts[i]);
          first.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
          first.getCTTc().getTcPr().getTcW().setW(BigInteger.valueOf((long) colWidth * span));
          for (int k = starts[i] + span - 1; k > starts[i]; k--) {
            row.removeCell(k);
          }
        }
      }
    }
    int[][] spans = t.spans();
    // a table that fits on a page is kept on one page (its paragraphs keep with the next row)
    boolean keepTogether = headerRows + t.rows().size() <= 36;
    for (int r = 0; r < headerRows; r++) {
      for (XWPFTableCell c : xt.getRow(r).getTableCells()) {
        c.getParagraphs().get(0).setKeepNext(true);
      }
    }
    for (int r = 0; r < t.rows().size(); r++) {
      XWPFTableRow row = xt.getRow(headerRows + r);
      row.setCantSplitRow(true);
      for (int c = 0; c < cols; c++) {
        XWPFTableCell cell = row.getCell(c);
        Cell v = t.rows().get(r).get(c);
        boolean merged = t.mergedColumns().contains(c);
        if (merged) {
          CTTcPr pr = cell.getCTTc().getTcPr();
          if (spans[r][c] == 0) {
            pr.addNewVMerge().setVal(STMerge.CONTINUE);
            cellText(cell, "", false, ParagraphAlignment.CENTER, false);
            continue;
          } else if (spans[r][c] > 1) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
          }
          cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
        boolean bold = merged || v instanceof Cell.Text tx && tx.bold();
        ParagraphAlignment align = v instanceof Cell.Num ? ParagraphAlignment.RIGHT
            : merged ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
        cellText(cell, v.printed(), bold, align, false);
        if (keepTogether && r < t.rows().size() - 1) {
          cell.getParagraphs().get(0).setKeepNext(true);
        }
      }
    }
    if (!t.note().isEmpty()) {
      para(doc, "DeskNote", t.note(), false);
    }
    if (!t.source().isEmpty()) {
      para(doc, "DeskSource", t.source(), false);
    }
  }

  private String headerFill = "1F4E79";
  private String headerText = "FFFFFF";

  private void cellText(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align, boolean header) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setStyle(sid("DeskTable"));
    p.setAlignment(align);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    XWPFRun r = p.createRun();
    text(r, text, bold);
    if (header) {
      r.setColor(headerText);
    }
  }

  private static void shade(XWPFTableCell cell, String fill) {
    CTShd shd = cell.getCTTc().getTcPr().isSetShd() ? cell.getCTTc().getTcPr().getShd() : cell.getCTTc().getTcPr().addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill(fill);
  }

  private void figure(XWPFDocument doc, Figure f, Report.Numbered n) throws IOException {
    XWPFParagraph cp = para(doc, "Caption", n == null ? f.caption() : n.caption(), false);
    cp.setKeepNext(true);
    int w = (int) Math.round(f.widthCm() * HtmlRenderer.PX_PER_CM);
    int h = (int) Math.round(f.heightCm() * HtmlRenderer.PX_PER_CM);
    byte[] png = charts.png(f.chart(), w, h, 2.5);
    XWPFParagraph pp = doc.createParagraph();
    pp.setAlignment(ParagraphAlignment.CENTER);
    pp.setKeepNext(!f.source().isEmpty());
    try {
      pp.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
          (n == null ? "figure" : n.anchor()) + ".png",
          (int) Math.round(f.widthCm() * Units.EMU_PER_CENTIMETER), (int) Math.round(f.heightCm() * Units.EMU_PER_CENTIMETER));
    } catch (InvalidFormatException e) {
      throw new IOException("cannot embed the chart of '" + f.caption() + "'", e);
    }
    if (!f.source().isEmpty()) {
      para(doc, "DeskSource", f.source(), false);
    }
  }

  private void picture(XWPFDocument doc, Picture p, Report.Numbered n) throws IOException {
    if (n != null) {
      para(doc, "Caption", n.caption(), false).setKeepNext(true);
    }
    PictureBytes.Raster r = PictureBytes.raster(p);
    XWPFParagraph pp = doc.createParagraph();
    pp.setAlignment(ParagraphAlignment.CENTER);
    pp.setKeepNext(!p.source().isEmpty());
    try {
      pp.createRun().addPicture(new ByteArrayInputStream(r.data()),
          r.format() == Picture.Format.JPEG ? Document.PICTURE_TYPE_JPEG : Document.PICTURE_TYPE_PNG,
          (n == null ? "picture" : n.anchor()) + "." + r.format().extension(),
          (int) Math.round(p.widthCm() * Units.EMU_PER_CENTIMETER), (int) Math.round(p.heightCm() * Units.EMU_PER_CENTIMETER));
    } catch (InvalidFormatException e) {
      throw new IOException("cannot embed the picture " + p.name(), e);
    }
    if (!p.source().isEmpty()) {
      para(doc, "DeskSource", p.source(), false);
    }
  }

  private XWPFParagraph para(XWPFDocument doc, String style, String text, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(sid(style));
    text(p.createRun(), text, bold);
    return p;
  }

  private static void runs(XWPFParagraph p, List<Run> runs) {
    for (Run r : runs) {
      text(p.createRun(), r.text(), r.bold());
    }
  }

  /** Text into a run: line breaks become Word breaks; the East Asian font is named. */
  private static void text(XWPFRun r, String text, boolean bold) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i], i);
    }
    if (bold) {
      r.setBold(true);
    }
    r.setFontFamily(ReportFonts.FAMILY, XWPFRun.FontCharRange.eastAsia);
  }

  private static void pageSetup(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    var mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(1134));
    mar.setBottom(BigInteger.valueOf(1134));
    mar.setLeft(BigInteger.valueOf(1134));
    mar.setRight(BigInteger.valueOf(1134));
  }

  private static void defaultFont(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(ReportFonts.FAMILY);
    fonts.setHAnsi(ReportFonts.FAMILY);
    fonts.setEastAsia(ReportFonts.FAMILY);
    fonts.setCs(ReportFonts.FAMILY);
    styles.setDefaultFonts(fonts);
  }

  /** Adds the styles the report uses, unless the template already defines them. */
  private void styles(XWPFDocument doc, Report report) {
    headerFill = report.style().headerFill().substring(1);
    headerText = report.style().headerText().substring(1);
    String accent = report.style().accent().substring(1);
    XWPFStyles styles = doc.getStyles() == null ? doc.createStyles() : doc.getStyles();
    styleIds.clear();
    add(styles, "Title", "Title", 0, 44, true, "111111", 120, 60);
    add(styles, "Subtitle", "Subtitle", 0, 28, false, accent, 0, 120);
    add(styles, "DeskHouse", "Desk House", 0, 20, true, accent, 0, 60);
    add(styles, "Heading1", "heading 1", 1, 30, true, accent, 360, 160);
    add(styles, "Heading2", "heading 2", 2, 25, true, accent, 240, 100);
    add(styles, "Heading3", "heading 3", 3, 21, true, "333333", 200, 80);
    add(styles, "TOCHeading", "TOC Heading", 0, 26, true, accent, 240, 120);
    add(styles, "DeskBody", "Desk Body", 0, 21, false, "222222", 40, 80);
    add(styles, "DeskNote", "Desk Note", 0, 16, false, "555555", 0, 40);
    add(styles, "DeskSource", "Desk Source", 0, 16, false, "555555", 20, 160);
    add(styles, "Caption", "caption", 0, 19, true, accent, 200, 60);
    add(styles, "DeskTable", "Desk Table Text", 0, 16, false, "222222", 0, 0);
    add(styles, "TOC1", "toc 1", 0, 21, false, "222222", 40, 40);
    add(styles, "TOC2", "toc 2", 0, 20, false, "333333", 20, 20);
    add(styles, "TOC3", "toc 3", 0, 19, false, "444444", 0, 0);
  }

  /** The style id to use for one of the report's styles: the template's own when it has one of that name. */
  private String sid(String id) {
    return styleIds.getOrDefault(id, id);
  }

  private final java.util.Map<String, String> styleIds = new java.util.HashMap<>();

  private void add(XWPFStyles styles, String id, String name, int outline, int halfPoints, boolean bold,
      String colour, int before, int after) {
    XWPFStyle named = styles.getStyleWithName(name);
    if (named == null && !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
      named = styles.getStyleWithName(name.toLowerCase(java.util.Locale.ROOT));
    }
    if (named != null) {
      // a house template names its headings "heading 1" … whatever their ids (Chinese Word uses "1", "2" …)
      styleIds.put(id, named.getStyleId());
      return;
    }
    if (styles.styleExist(id)) {
      return;
    }
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    s.addNewQFormat();
    CTPPrGeneral ppr = s.addNewPPr();
    var sp = ppr.addNewSpacing();
    sp.setBefore(BigInteger.valueOf(before));
    sp.setAfter(BigInteger.valueOf(after));
    if (outline > 0) {
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline - 1));
      ppr.addNewKeepNext();
    }
    CTRPr rpr = s.addNewRPr();
    CTFonts f = rpr.addNewRFonts();
    f.setEastAsia(ReportFonts.FAMILY);
    if (bold) {
      rpr.addNewB();
    }
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    rpr.addNewColor().setVal(colour);
    styles.addStyle(new XWPFStyle(s, styles));
  }
}
