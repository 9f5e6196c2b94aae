package org.sectordesk.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.sectordesk.report.Block;
import org.sectordesk.report.BulletList;
import org.sectordesk.report.Cell;
import org.sectordesk.report.Figure;
import org.sectordesk.report.FigureGrid;
import org.sectordesk.report.HeaderCell;
import org.sectordesk.report.HouseStyle;
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
 * A self-contained HTML page (well-formed XHTML, so the PDF renderer can read it): inline CSS, inline
 * SVG charts, the report font embedded as a subset with only the characters used, no external requests.
 * All text is escaped: nothing in the model is ever interpreted as markup.
 */
public final class HtmlRenderer {
  /** Pixels per centimetre at 96 dpi. */
  static final double PX_PER_CM = 96 / 2.54;
  private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "maxp", "OS/2", "cmap", "glyf", "loca",
      "hmtx", "name", "post", "cvt ", "fpgm", "prep", "gasp");

  private final ReportFonts fonts;
  private final ChartRenderer charts;

  public HtmlRenderer(ReportFonts fonts, ChartRenderer charts) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    this.charts = Objects.requireNonNull(charts, "charts");
  }

  /** The HTML page with SVG charts and the embedded font subset. */
  public String render(Report report) {
    return render(report, false);
  }

  /**
   * The page for the PDF renderer: charts as PNG data URIs, the font registered by the PDF renderer
   * instead of embedded, paged-media CSS (A4, page numbers, TOC page numbers).
   */
  String renderForPdf(Report report) {
    return render(report, true);
  }

  private String render(Report report, boolean pdf) {
    Map<Block, Report.Numbered> numbers = report.numberOf();
    StringBuilder body = new StringBuilder(64 * 1024);
    int[] unnamed = {0}; // figures without a caption, numbered in page order so their ids are the same every run
    body.append("<header class=\"cover\">\n<p class=\"house\">").append(esc(report.house())).append("</p>\n<h1>")
        .append(esc(report.title())).append("</h1>\n");
    if (!report.subtitle().isEmpty()) {
      body.append("<p class=\"subtitle\">").append(esc(report.subtitle())).append("</p>\n");
    }
    body.append("<p class=\"date\">").append(esc(report.date().toString())).append("</p>\n</header>\n");
    List<Section> sections = report.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (!s.heading().isEmpty()) {
        int h = s.level() + 1;
        body.append("<h").append(h).append(" id=\"").append(Report.sectionAnchor(i)).append("\">")
            .append(esc(s.heading())).append("</h").append(h).append(">\n");
      }
      for (Block b : s.blocks()) {
        block(body, report, b, numbers, pdf, unnamed);
      }
    }
    String css = css(report.style(), "report.css");
    if (pdf) {
      css += css(report.style(), "report-pdf.css").replace("{{running}}",
          cssString(report.house() + " · " + report.title()));
    }
    StringBuilder page = new StringBuilder(body.length() + 8192);
    page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(report.lang().code().equals("zh") ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
        .append(esc(report.title())).append("</title>\n<style>\n");
    if (!pdf) {
      page.append(fontFaces(body.toString() + report.title()));
    }
    page.append(css).append("</style>\n</head>\n<body>\n").append(body).append("</body>\n</html>\n");
    return page.toString();
  }

  private void block(StringBuilder out, Report report, Block b, Map<Block, Report.Numbered> numbers, boolean pdf,
      int[] unnamed) {
    if (b instanceof Paragraph p) {
      out.append("<p class=\"").append(p.kind().name().toLowerCase()).append("\">");
      runs(out, p.runs());
      out.append("</p>\n");
    } else if (b instanceof BulletList l) {
      String tag = l.ordered() ? "ol" : "ul";
      out.append('<').append(tag).append(">\n");
      for (Paragraph item : l.items()) {
        out.append("<li>");
        runs(out, item.runs());
        out.append("</li>\n");
      }
      out.append("</").append(tag).append(">\n");
    } else if (b instanceof Table t) {
      table(out, t, numbers.get(t));
    } else if (b instanceof Figure f) {
      figure(out, f, numbers.get(f), pdf, unnamed);
    } else if (b instanceof Toc toc) {
      out.append("<nav class=\"toc\">\n<p class=\"toc-title\">").append(esc(toc.title())).append("</p>\n<ul>\n");
      List<Section> sections = report.sections();
      for (int i = 0; i < sections.size(); i++) {
        Section s = sections.get(i);
        if (!s.heading().isEmpty() && s.level() <= toc.depth()) {
          out.append("<li class=\"l").append(s.level()).append("\"><a href=\"#").append(Report.sectionAnchor(i))
              .append("\">").append(esc(s.heading())).append("</a></li>\n");
        }
      }
      out.append("</ul>\n</nav>\n");
    } else if (b instanceof ListOfFigures lof) {
      out.append("<nav class=\"lof\">\n<p class=\"toc-title\">").append(esc(lof.title())).append("</p>\n<ul>\n");
      for (Report.Numbered n : report.numberedItems()) {
        out.append("<li class=\"l1\"><a href=\"#").append(n.anchor()).append("\">").append(esc(n.caption()))
            .append("</a></li>\n");
      }
      out.append("</ul>\n</nav>\n");
    } else if (b instanceof PageBreak) {
      out.append("<div class=\"page-break\"></div>\n");
    } else if (b instanceof Picture pic) {
      picture(out, pic, numbers.get(pic), pdf);
    } else if (b instanceof FigureGrid g) {
      out.append("<table class=\"grid\">\n");
      for (List<Figure> row : g.rows()) {
        out.append("<tr>");
        for (int c = 0; c < g.columns(); c++) {
          out.append("<td style=\"width: ").append(100 / g.columns()).append("%\">");
          if (c < row.size()) {
            figure(out, row.get(c), numbers.get(row.get(c)), pdf, unnamed);
          }
          out.append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</table>\n");
    }
  }

  private static void runs(StringBuilder out, List<Run> runs) {
    for (Run r : runs) {
      if (r.bold()) {
        out.append("<strong>").append(esc(r.text())).append("</strong>");
      } else {
        out.append(esc(r.text()));
      }
    }
  }

  private static void table(StringBuilder out, Table t, Report.Numbered n) {
    out.append("<div class=\"table-block\"");
    if (n != null) {
      out.append(" id=\"").append(n.anchor()).append('"');
    }
    out.append(">\n");
    if (n != null) {
      out.append("<p class=\"caption\">").append(esc(n.caption())).append("</p>\n");
    } else if (!t.caption().isEmpty()) {
      out.append("<p class=\"caption\">").append(esc(t.caption())).append("</p>\n");
    }
    out.append("<table>\n<thead>\n");
    for (List<HeaderCell> row : t.header()) {
      out.append("<tr>");
      for (HeaderCell h : row) {
        out.append("<th");
        if (h.colSpan() > 1) {
          out.append(" colspan=\"").append(h.colSpan()).append('"');
        }
        out.append('>').append(esc(h.text())).append("</th>");
      }
      out.append("</tr>\n");
    }
    out.append("</thead>\n<tbody>\n");
    int[][] spans = t.spans();
    for (int r = 0; r < t.rows().size(); r++) {
      out.append("<tr>");
      List<Cell> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        if (spans[r][c] == 0) {
          continue;
        }
        Cell cell = row.get(c);
        out.append("<td");
        if (t.mergedColumns().contains(c)) {
          out.append(" class=\"merged\"");
        } else if (Cell.alignsAsNumber(cell)) {
          out.append(" class=\"num\"");
        }
        if (spans[r][c] > 1) {
          out.append(" rowspan=\"").append(spans[r][c]).append('"');
        }
        out.append('>');
        boolean bold = cell instanceof Cell.Text tx && tx.bold();
        if (bold) {
          out.append("<strong>");
        }
        out.append(esc(cell.printed()));
        if (bold) {
          out.append("</strong>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (!t.note().isEmpty()) {
      out.append("<p class=\"note\">").append(esc(t.note())).append("</p>\n");
    }
    if (!t.source().isEmpty()) {
      out.append("<p class=\"source\">").append(esc(t.source())).append("</p>\n");
    }
    out.append("</div>\n");
  }

  private void figure(StringBuilder out, Figure f, Report.Numbered n, boolean pdf, int[] unnamed) {
    String anchor = n == null ? "" : n.anchor();
    String caption = n == null ? f.caption() : n.caption();
    out.append("<div class=\"figure\"");
    if (!anchor.isEmpty()) {
      out.append(" id=\"").append(anchor).append('"');
    }
    out.append(">\n");
    if (!caption.isEmpty()) {
      out.append("<p class=\"caption\">").append(esc(caption)).append("</p>\n");
    }
    int w = (int) Math.round(f.widthCm() * PX_PER_CM);
    int h = (int) Math.round(f.heightCm() * PX_PER_CM);
    if (pdf) {
      byte[] png = charts.png(f.chart(), w, h, 2.5);
      out.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
          .append("\" style=\"width: ").append(String.format(java.util.Locale.ROOT, "%.1fcm", f.widthCm()))
          .append("\" alt=\"").append(esc(f.caption())).append("\"/>\n");
    } else {
      out.append(charts.svg(f.chart(), w, h, anchor.isEmpty() ? "chart-u" + ++unnamed[0] : "chart-" + anchor)).append('\n');
    }
    if (!f.source().isEmpty()) {
      out.append("<p class=\"source\">").append(esc(f.source())).append("</p>\n");
    }
    out.append("</div>\n");
  }

  private static void picture(StringBuilder out, Picture p, Report.Numbered n, boolean pdf) {
    out.append("<div class=\"figure picture\"");
    if (n != null) {
      out.append(" id=\"").append(n.anchor()).append('"');
    }
    out.append(">\n");
    if (n != null) {
      out.append("<p class=\"caption\">").append(esc(n.caption())).append("</p>\n");
    }
    // the PDF draws SVG as a PNG; a browser shows the SVG itself (as an image, so its scripts never run)
    byte[] data = p.data();
    String type = p.format().mediaType();
    if (pdf) {
      PictureBytes.Raster r = PictureBytes.raster(p);
      data = r.data();
      type = r.format().mediaType();
    }
    out.append("<img src=\"data:").append(type).append(";base64,").append(Base64.getEncoder().encodeToString(data))
        .append("\" style=\"width: ").append(String.format(java.util.Locale.ROOT, "%.1fcm", p.widthCm()))
        .append("\" alt=\"").append(esc(p.caption().isEmpty() ? p.name() : p.caption())).append("\"/>\n");
    if (!p.source().isEmpty()) {
      out.append("<p class=\"source\">").append(esc(p.source())).append("</p>\n");
    }
    out.append("</div>\n");
  }

  /** {@code @font-face} rules embedding subsets of the report font with the characters of the page. */
  private String fontFaces(String text) {
    Set<Integer> cps = new TreeSet<>();
    text.codePoints().filter(cp -> cp > 0x20).forEach(cps::add);
    for (char c = 0x20; c < 0x7F; c++) {
      cps.add((int) c);
    }
    TrueTypeFont[] faces = fonts.subsetFaces();
    try {
      synchronized (faces) {
        return face(faces[0], cps, 400) + face(faces[1], cps, 700);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot subset the report font for the HTML page", e);
    }
  }

  private static String face(TrueTypeFont ttf, Set<Integer> cps, int weight) throws IOException {
    // only the tables a browser needs: layout tables (GSUB, GPOS …) would point at glyphs the subset drops
    TTFSubsetter sub = new TTFSubsetter(ttf, SUBSET_TABLES);
    sub.addAll(cps);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sub.writeToStream(out);
    return "@font-face { font-family: '" + ReportFonts.FAMILY + "'; font-weight: " + weight
        + "; font-style: normal; src: url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(out.toByteArray())
        + ") format('truetype'); }\n";
  }

  private static String css(HouseStyle style, String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream("/org/sectordesk/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("resource org/sectordesk/report/" + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{{accent}}", style.accent())
          .replace("{{headerFill}}", style.headerFill())
          .replace("{{headerText}}", style.headerText());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Escapes text for HTML/XML content and attribute values. */
  public static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  private static String cssString(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("<", "\\3C ").replace("&", "\\26 ");
  }
}
