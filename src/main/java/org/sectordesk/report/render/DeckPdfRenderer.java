package org.sectordesk.report.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.sectordesk.report.Block;
import org.sectordesk.report.Cell;
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
 * The deck as a PDF with one 16:9 page per slide, laid out as the PowerPoint file is (same boxes, in points):
 * charts drawn by the report's chart renderer, tables as tables, the report font embedded as a subset.
 */
public final class DeckPdfRenderer {
  private static final double W = PptxRenderer.SIZE.width;
  private static final double H = PptxRenderer.SIZE.height;
  private static final double MARGIN = 36;

  private final ReportFonts fonts;
  private final ChartRenderer charts;

  public DeckPdfRenderer(ReportFonts fonts, ChartRenderer charts) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    this.charts = Objects.requireNonNull(charts, "charts");
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    ReportFontMapper.install(fonts);
  }

  public byte[] render(Deck deck) {
    String html = html(deck);
    return PdfRenderer.pdf(fonts, html, "the deck '" + deck.title() + "'");
  }

  /** The XHTML of the deck, one absolutely laid out page per slide. */
  String html(Deck deck) {
    String accent = deck.style().accent();
    StringBuilder b = new StringBuilder();
    b.append("<html><head><meta charset=\"utf-8\"/><title>").append(esc(deck.title())).append("</title><style>\n")
        .append("@page { size: ").append(W).append("pt ").append(H).append("pt; margin: 0; }\n")
        .append("body { margin: 0; font-family: '").append(ReportFonts.FAMILY).append("'; color: #333; }\n")
        .append(".slide { position: relative; width: ").append(W).append("pt; height: ").append(H)
        .append("pt; overflow: hidden; page-break-after: always; }\n")
        .append(".box { position: absolute; }\n")
        .append(".accent { color: ").append(accent).append("; }\n")
        .append("table { border-collapse: collapse; width: 100%; }\n")
        .append("th { background: ").append(deck.style().headerFill()).append("; color: ").append(deck.style().headerText())
        .append("; font-weight: bold; padding: 2pt 4pt; }\n")
        .append("td { padding: 2pt 4pt; border-bottom: 0.5pt solid #ddd; }\n")
        .append("td.num { text-align: right; } tr.odd td { background: #f4f6f8; }\n")
        .append("</style></head><body>\n");
    int page = 1;
    cover(b, deck, accent);
    for (Deck.Slide s : deck.slides()) {
      page++;
      if (s instanceof Deck.Divider d) {
        b.append("<div class=\"slide\" style=\"background: ").append(accent).append(";\">");
        box(b, MARGIN * 2, 170, W - 4 * MARGIN, 80, "font-size: 48pt; font-weight: bold; color: #fff;", esc(d.label()));
        box(b, MARGIN * 2, 260, W - 4 * MARGIN, 80, "font-size: 32pt; font-weight: bold; color: #fff;", esc(d.title()));
        box(b, W - MARGIN - 60, 488, 60, 22, "font-size: 10pt; color: #fff; text-align: right;", String.valueOf(page));
        b.append("</div>\n");
      } else {
        content(b, (Deck.Content) s, accent, page);
      }
    }
    b.append("</body></html>\n");
    return b.toString();
  }

  private void cover(StringBuilder b, Deck deck, String accent) {
    b.append("<div class=\"slide\">");
    box(b, 0, 0, 24, H, "background: " + accent + ";", "");
    box(b, MARGIN + 24, 300, W - 2 * MARGIN - 24, 2, "background: " + accent + ";", "");
    box(b, MARGIN + 24, 200, W - 2 * MARGIN - 24, 90, "font-size: 36pt; font-weight: bold; line-height: 1.2; color: "
        + accent + ";", esc(deck.title()));
    if (!deck.subtitle().isEmpty()) {
      box(b, MARGIN + 24, 312, W - 2 * MARGIN - 24, 40, "font-size: 20pt;", esc(deck.subtitle()));
    }
    LocalDate d = deck.date();
    String date = deck.lang() == Lang.ZH ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.toString();
    box(b, MARGIN + 24, 370, 600, 30, "font-size: 16pt;", esc(deck.house() + "    " + date));
    if (!deck.note().isEmpty()) {
      box(b, MARGIN + 24, 450, W - 2 * MARGIN - 24, 50, "font-size: 13pt; color: #b03030;", esc(deck.note()));
    }
    b.append("</div>\n");
  }

  private void content(StringBuilder b, Deck.Content c, String accent, int page) {
    b.append("<div class=\"slide\">");
    box(b, MARGIN, 18, W - 2 * MARGIN, 56, "font-size: 24pt; font-weight: bold; color: " + accent + "; line-height: 1.15;",
        esc(c.headline()));
    box(b, MARGIN, 78, W - 2 * MARGIN, 1.5, "background: " + accent + ";", "");
    double top = 92;
    double bottom = 480;
    double width = W - 2 * MARGIN;
    List<Block> main = new ArrayList<>();
    StringBuilder notes = new StringBuilder();
    for (Block x : c.blocks()) {
      if (x instanceof Paragraph p) {
        notes.append(notes.length() == 0 ? "" : "<br/>").append(esc(p.text()));
      } else {
        main.add(x);
      }
    }
    if (notes.length() > 0) {
      box(b, MARGIN, top, width, main.isEmpty() ? bottom - top : 44, "font-size: 14pt;", notes.toString());
      top += main.isEmpty() ? 0 : 50;
    }
    double gap = 24;
    double w = main.size() > 1 ? (width - gap) / 2 : width;
    for (int i = 0; i < main.size() && i < 2; i++) {
      block(b, main.get(i), MARGIN + i * (w + gap), top, w, bottom - top);
    }
    box(b, MARGIN, 484, W - 2 * MARGIN, 0.75, "background: #ccc;", "");
    box(b, MARGIN, 488, W - 2 * MARGIN - 80, 22, "font-size: 10pt; color: #808080;", esc(c.source()));
    box(b, W - MARGIN - 60, 488, 60, 22, "font-size: 10pt; color: #808080; text-align: right;", String.valueOf(page));
    b.append("</div>\n");
  }

  private void block(StringBuilder b, Block x, double left, double top, double w, double h) {
    if (x instanceof Figure f) {
      box(b, left, top, w, 22, "font-size: 13pt; font-weight: bold;", esc(f.caption()));
      byte[] png = charts.png(f.chart(), (int) w, (int) (h - 26), 3);
      box(b, left, top + 24, w, h - 26, "", "<img style=\"width: " + w + "pt; height: " + (h - 26) + "pt;\" src=\"data:image/png;base64,"
          + Base64.getEncoder().encodeToString(png) + "\"/>");
    } else if (x instanceof Table t) {
      box(b, left, top, w, 22, "font-size: 13pt; font-weight: bold;", esc(t.caption()));
      int rows = t.header().size() + t.rows().size();
      double rowH = Math.min(26, (h - 26) / Math.max(1, rows));
      double font = rowH < 18 ? 9 : rowH < 22 ? 10.5 : 12;
      StringBuilder tb = new StringBuilder("<table style=\"font-size: " + font + "pt;\">");
      for (List<HeaderCell> hr : t.header()) {
        tb.append("<tr style=\"height: ").append(rowH).append("pt;\">");
        for (HeaderCell hc : hr) {
          tb.append("<th colspan=\"").append(hc.colSpan()).append("\">").append(esc(hc.text())).append("</th>");
        }
        tb.append("</tr>");
      }
      int i = 0;
      for (List<Cell> row : t.rows()) {
        tb.append("<tr").append(i++ % 2 == 1 ? " class=\"odd\"" : "").append(" style=\"height: ").append(rowH).append("pt;\">");
        for (Cell v : row) {
          if (v instanceof Cell.Num n) {
            tb.append("<td class=\"num\">").append(Double.isFinite(n.value()) ? esc(n.style().format(n.value())) : "—").append("</td>");
          } else if (v instanceof Cell.Text tx) {
            tb.append(tx.bold() ? "<td style=\"font-weight: bold;\">" : "<td>").append(esc(tx.text())).append("</td>");
          } else {
            tb.append("<td></td>");
          }
        }
        tb.append("</tr>");
      }
      tb.append("</table>");
      box(b, left, top + 26, w, h - 26, "", tb.toString());
    }
  }

  private static void box(StringBuilder b, double x, double y, double w, double h, String style, String inner) {
    b.append("<div class=\"box\" style=\"left: ").append(x).append("pt; top: ").append(y).append("pt; width: ").append(w)
        .append("pt; height: ").append(h).append("pt; ").append(style).append("\">").append(inner).append("</div>");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String colour(String hex) {
    return HouseStyle.awt(hex) == null ? "#333" : hex;
  }
}
