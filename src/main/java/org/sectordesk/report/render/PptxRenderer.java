package org.sectordesk.report.render;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.sectordesk.report.Block;
import org.sectordesk.report.Cell;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.Deck;
import org.sectordesk.report.Figure;
import org.sectordesk.report.HeaderCell;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.Lang;
import org.sectordesk.report.Paragraph;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.Table;
import org.sectordesk.report.chart.ChartRenderer;

/**
 * A deck as a 16:9 PowerPoint file (Apache POI XSLF): cover, section dividers, content slides with the headline,
 * one or two native PowerPoint charts (bars, stacked bars, lines, a growth line on a second axis; their data in the
 * chart's embedded workbook, so the analyst can edit them) or native tables, the source line and the page number.
 * With a house template (.pptx or .potx) its masters and layouts are used and its own slides dropped. Every run
 * names the report font for Latin and East Asian text, and the font (the characters the deck uses) is embedded.
 */
public final class PptxRenderer {
  /** 16:9 at 960 × 540 points (13.333 × 7.5 in). */
  static final Dimension SIZE = new Dimension(960, 540);
  private static final double MARGIN = 36;
  private static final Color TEXT = new Color(0x33, 0x33, 0x33);
  private static final Color GREY = new Color(0x80, 0x80, 0x80);

  private final ReportFonts fonts;
  private final ChartRenderer charts;

  public PptxRenderer(ReportFonts fonts, ChartRenderer charts) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    this.charts = Objects.requireNonNull(charts, "charts");
  }

  /** The deck as PPTX bytes; {@code template} is a house .pptx/.potx or null. */
  public byte[] render(Deck deck, byte[] template) {
    try (XMLSlideShow ppt = template == null ? new XMLSlideShow() : PptxTemplate.open(template)) {
      ppt.setPageSize(SIZE);
      boolean house = template != null;
      Color accent = HouseStyle.awt(deck.style().accent());
      int page = 1;
      cover(ppt, deck, accent, house);
      for (Deck.Slide s : deck.slides()) {
        page++;
        if (s instanceof Deck.Divider d) {
          divider(ppt, d, accent, page, house);
        } else {
          content(ppt, (Deck.Content) s, deck, accent, page, house);
        }
      }
      PptxFonts.embed(ppt, fonts, DeckText.of(deck));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ppt.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PowerPoint deck '" + deck.title() + "'", e);
    }
  }

  // ---- slides -------------------------------------------------------------------------------------------------

  private static XSLFSlide slide(XMLSlideShow ppt, SlideLayout type, boolean house) {
    if (house) {
      for (XSLFSlideMaster m : ppt.getSlideMasters()) {
        XSLFSlideLayout l = m.getLayout(type);
        if (l != null) {
          XSLFSlide s = ppt.createSlide(l);
          // the layout's empty placeholders would show prompt text in the editor: the deck fills its own boxes
          for (XSLFTextShape ph : s.getPlaceholders()) {
            if (ph.getTextType() == null || ph.getText().isBlank()) {
              s.removeShape(ph);
            }
          }
          return s;
        }
      }
    }
    XSLFSlideMaster m = ppt.getSlideMasters().get(0);
    XSLFSlideLayout blank = m.getLayout(SlideLayout.BLANK);
    return blank == null ? ppt.createSlide() : ppt.createSlide(blank);
  }

  private void cover(XMLSlideShow ppt, Deck deck, Color accent, boolean house) {
    XSLFSlide s = slide(ppt, SlideLayout.TITLE, house);
    if (!house) {
      band(s, new Rectangle2D.Double(0, 0, 24, SIZE.height), accent);
      band(s, new Rectangle2D.Double(MARGIN + 24, 300, SIZE.width - 2 * MARGIN - 24, 2), accent);
    }
    text(s, deck.title(), new Rectangle2D.Double(MARGIN + 24, 150, SIZE.width - 2 * MARGIN - 24, 140), 36, true,
        accent, TextParagraph.TextAlign.LEFT, VerticalAlignment.BOTTOM);
    if (!deck.subtitle().isEmpty()) {
      text(s, deck.subtitle(), new Rectangle2D.Double(MARGIN + 24, 312, SIZE.width - 2 * MARGIN - 24, 40), 20, false,
          TEXT, TextParagraph.TextAlign.LEFT, VerticalAlignment.TOP);
    }
    text(s, deck.house() + "    " + date(deck), new Rectangle2D.Double(MARGIN + 24, 370, 600, 30), 16, false, TEXT,
        TextParagraph.TextAlign.LEFT, VerticalAlignment.TOP);
    if (!deck.note().isEmpty()) {
      text(s, deck.note(), new Rectangle2D.Double(MARGIN + 24, 450, SIZE.width - 2 * MARGIN - 24, 50), 13, false,
          new Color(0xB0, 0x30, 0x30), TextParagraph.TextAlign.LEFT, VerticalAlignment.TOP);
    }
  }

  private static String date(Deck deck) {
    LocalDate d = deck.date();
    return deck.lang() == Lang.ZH ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.toString();
  }

  private void divider(XMLSlideShow ppt, Deck.Divider d, Color accent, int page, boolean house) {
    XSLFSlide s = slide(ppt, SlideLayout.SECTION_HEADER, house);
    if (!house) {
      band(s, new Rectangle2D.Double(0, 0, SIZE.width, SIZE.height), accent);
    }
    Color fg = house ? accent : Color.WHITE;
    text(s, d.label(), new Rectangle2D.Double(MARGIN * 2, 170, SIZE.width - 4 * MARGIN, 80), 48, true, fg,
        TextParagraph.TextAlign.LEFT, VerticalAlignment.BOTTOM);
    text(s, d.title(), new Rectangle2D.Double(MARGIN * 2, 260, SIZE.width - 4 * MARGIN, 80), 32, true, fg,
        TextParagraph.TextAlign.LEFT, VerticalAlignment.TOP);
    pageNumber(s, page, fg);
  }

  private void content(XMLSlideShow ppt, Deck.Content c, Deck deck, Color accent, int page, boolean house)
      throws IOException {
    XSLFSlide s = slide(ppt, SlideLayout.TITLE_ONLY, house);
    text(s, c.headline(), new Rectangle2D.Double(MARGIN, 18, SIZE.width - 2 * MARGIN, 56), 24, true, accent,
        TextParagraph.TextAlign.LEFT, VerticalAlignment.MIDDLE);
    band(s, new Rectangle2D.Double(MARGIN, 78, SIZE.width - 2 * MARGIN, 1.5), accent);
    List<Block> blocks = c.blocks();
    double top = 92;
    double bottom = 480;
    double width = SIZE.width - 2 * MARGIN;
    List<Block> main = new ArrayList<>();
    List<Paragraph> notes = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        notes.add(p);
      } else {
        main.add(b);
      }
    }
    if (!notes.isEmpty()) {
      StringBuilder t = new StringBuilder();
      notes.forEach(p -> t.append(t.length() == 0 ? "" : "\n").append(p.text()));
      text(s, t.toString(), new Rectangle2D.Double(MARGIN, top, width, main.isEmpty() ? bottom - top : 44), 14, false,
          TEXT, TextParagraph.TextAlign.LEFT, VerticalAlignment.TOP);
      top += main.isEmpty() ? 0 : 50;
    }
    double gap = 24;
    double w = main.size() > 1 ? (width - gap) / 2 : width;
    for (int i = 0; i < main.size() && i < 2; i++) {
      Rectangle2D box = new Rectangle2D.Double(MARGIN + i * (w + gap), top, w, bottom - top);
      block(ppt, s, main.get(i), box, deck);
    }
    text(s, c.source(), new Rectangle2D.Double(MARGIN, 488, SIZE.width - 2 * MARGIN - 80, 22), 10, false, GREY,
        TextParagraph.TextAlign.LEFT, VerticalAlignment.TOP);
    pageNumber(s, page, GREY);
    band(s, new Rectangle2D.Double(MARGIN, 484, SIZE.width - 2 * MARGIN, 0.75), new Color(0xCC, 0xCC, 0xCC));
  }

  private void block(XMLSlideShow ppt, XSLFSlide s, Block b, Rectangle2D box, Deck deck) throws IOException {
    if (b instanceof Figure f) {
      text(s, f.caption(), new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), 22), 13, true, TEXT,
          TextParagraph.TextAlign.LEFT, VerticalAlignment.TOP);
      Rectangle2D area = new Rectangle2D.Double(box.getX(), box.getY() + 24, box.getWidth(), box.getHeight() - 24);
      if (f.chart() instanceof ChartSpec.Combo combo) {
        PptxCharts.combo(ppt, s, combo, area, deck.style());
      } else if (f.chart() instanceof ChartSpec.Lines lines) {
        PptxCharts.lines(ppt, s, lines, area, deck.style());
      } else {
        // charts POI cannot build natively go in as pictures drawn at print resolution
        byte[] png = charts.png(f.chart(), (int) area.getWidth(), (int) area.getHeight(), 3);
        var pic = s.createPicture(ppt.addPicture(png, PictureData.PictureType.PNG));
        pic.setAnchor(area);
      }
    } else if (b instanceof Table t) {
      text(s, t.caption(), new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), 22), 13, true, TEXT,
          TextParagraph.TextAlign.LEFT, VerticalAlignment.TOP);
      table(s, t, new Rectangle2D.Double(box.getX(), box.getY() + 26, box.getWidth(), box.getHeight() - 26), deck.style());
    }
  }

  private void table(XSLFSlide s, Table t, Rectangle2D area, HouseStyle style) {
    XSLFTable table = s.createTable();
    int cols = t.columnCount();
    int rows = t.header().size() + t.rows().size();
    double rowH = Math.min(26, area.getHeight() / Math.max(1, rows));
    double font = rowH < 18 ? 9 : rowH < 22 ? 10.5 : 12;
    Color headFill = HouseStyle.awt(style.headerFill());
    Color headText = HouseStyle.awt(style.headerText());
    for (List<HeaderCell> hr : t.header()) {
      XSLFTableRow r = table.addRow();
      r.setHeight(rowH);
      for (HeaderCell h : hr) {
        for (int k = 0; k < h.colSpan(); k++) {
          XSLFTableCell c = r.addCell();
          cell(c, k == 0 ? h.text() : "", font, true, headText, TextParagraph.TextAlign.CENTER);
          c.setFillColor(headFill);
        }
      }
    }
    int i = 0;
    for (List<Cell> row : t.rows()) {
      XSLFTableRow r = table.addRow();
      r.setHeight(rowH);
      for (int k = 0; k < row.size(); k++) {
        Cell v = row.get(k);
        XSLFTableCell c = r.addCell();
        boolean num = v instanceof Cell.Num;
        cell(c, text(v), font, v instanceof Cell.Text tx && tx.bold(), TEXT,
            num ? TextParagraph.TextAlign.RIGHT : TextParagraph.TextAlign.LEFT);
        if (i % 2 == 1) {
          c.setFillColor(new Color(0xF4, 0xF6, 0xF8));
        }
        c.setBorderColor(org.apache.poi.sl.usermodel.TableCell.BorderEdge.bottom, new Color(0xDD, 0xDD, 0xDD));
      }
      i++;
    }
    double first = Math.min(area.getWidth() * 0.3, 150);
    for (int k = 0; k < cols; k++) {
      table.setColumnWidth(k, k == 0 ? first : (area.getWidth() - first) / Math.max(1, cols - 1));
    }
    table.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), rowH * rows));
  }

  private static String text(Cell v) {
    if (v instanceof Cell.Num n) {
      return Double.isFinite(n.value()) ? n.style().format(n.value()) : "—";
    }
    if (v instanceof Cell.Text t) {
      return t.text();
    }
    return "";
  }

  private static void cell(XSLFTableCell c, String text, double size, boolean bold, Color colour,
      TextParagraph.TextAlign align) {
    c.clearText();
    XSLFTextParagraph p = c.addNewTextParagraph();
    p.setTextAlign(align);
    XSLFTextRun r = p.addNewTextRun();
    r.setText(text);
    style(r, size, bold, colour);
    c.setVerticalAlignment(VerticalAlignment.MIDDLE);
    c.setLeftInset(4);
    c.setRightInset(4);
    c.setTopInset(1);
    c.setBottomInset(1);
  }

  // ---- drawing helpers ----------------------------------------------------------------------------------------

  static void style(XSLFTextRun r, double size, boolean bold, Color colour) {
    r.setFontSize(size);
    r.setBold(bold);
    r.setFontColor(colour);
    r.setFontFamily(ReportFonts.FAMILY, FontGroup.LATIN);
    r.setFontFamily(ReportFonts.FAMILY, FontGroup.EAST_ASIAN);
  }

  private static XSLFTextBox text(XSLFSlide s, String text, Rectangle2D box, double size, boolean bold, Color colour,
      TextParagraph.TextAlign align, VerticalAlignment valign) {
    XSLFTextBox t = s.createTextBox();
    t.setAnchor(box);
    t.setWordWrap(true);
    t.setVerticalAlignment(valign);
    t.clearText();
    for (String line : text.split("\n", -1)) {
      XSLFTextParagraph p = t.addNewTextParagraph();
      p.setTextAlign(align);
      XSLFTextRun r = p.addNewTextRun();
      r.setText(line);
      style(r, size, bold, colour);
    }
    return t;
  }

  private static void band(XSLFSlide s, Rectangle2D box, Color colour) {
    var shape = s.createAutoShape();
    shape.setShapeType(org.apache.poi.sl.usermodel.ShapeType.RECT);
    shape.setAnchor(box);
    shape.setFillColor(colour);
    shape.setLineColor(null);
  }

  private static void pageNumber(XSLFSlide s, int page, Color colour) {
    text(s, String.valueOf(page), new Rectangle2D.Double(SIZE.width - MARGIN - 60, 488, 60, 22), 10, false, colour,
        TextParagraph.TextAlign.RIGHT, VerticalAlignment.TOP);
  }

  static XDDFSolidFillProperties fill(Color c) {
    return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()}));
  }

  static XDDFLineProperties line(Color c, double widthPt) {
    XDDFLineProperties l = new XDDFLineProperties(fill(c));
    l.setWidth(widthPt);
    return l;
  }

  static XDDFLineProperties noLine() {
    return new XDDFLineProperties(new XDDFNoFillProperties());
  }
}
