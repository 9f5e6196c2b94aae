package org.sectordesk.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sectordesk.report.Block;
import org.sectordesk.report.BulletList;
import org.sectordesk.report.Cell;
import org.sectordesk.report.Figure;
import org.sectordesk.report.FigureGrid;
import org.sectordesk.report.ListOfFigures;
import org.sectordesk.report.PageBreak;
import org.sectordesk.report.Paragraph;
import org.sectordesk.report.Picture;
import org.sectordesk.report.Report;
import org.sectordesk.report.Run;
import org.sectordesk.report.Section;
import org.sectordesk.report.Table;
import org.sectordesk.report.Toc;
import org.sectordesk.report.chart.ChartRenderer;

/**
 * Markdown (CommonMark with pipe tables) plus one PNG per chart, linked by relative path
 * ({@code <name>-figures/fig-1.png}). Text is escaped so it never turns into markup.
 */
public final class MarkdownRenderer {
  private final ChartRenderer charts;

  public MarkdownRenderer(ChartRenderer charts) {
    this.charts = Objects.requireNonNull(charts, "charts");
  }

  /** The Markdown text and its chart images keyed by relative path. */
  public record Output(String markdown, Map<String, byte[]> images) {
    public Output {
      Objects.requireNonNull(markdown, "markdown");
      images = Map.copyOf(images);
    }

    /** Writes {@code <baseName>.md} and the images into {@code dir} (which the caller hands in); returns the .md path. */
    public Path writeTo(Path dir, String baseName) {
      try {
        OutputFiles.folder(dir);
        for (Map.Entry<String, byte[]> e : images.entrySet()) {
          OutputFiles.write(dir.resolve(e.getKey()), e.getValue());
        }
        Path md = dir.resolve(baseName + ".md");
        OutputFiles.write(md, markdown.getBytes(StandardCharsets.UTF_8));
        return md;
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }
  }

  /** Renders; images go under {@code <imageDir>/}. */
  public Output render(Report report, String imageDir) {
    Map<Block, Report.Numbered> numbers = report.numberOf();
    Map<String, byte[]> images = new LinkedHashMap<>();
    StringBuilder md = new StringBuilder(32 * 1024);
    md.append("# ").append(inline(report.title())).append("\n\n");
    if (!report.subtitle().isEmpty()) {
      md.append("**").append(inline(report.subtitle())).append("**\n\n");
    }
    md.append(inline(report.house())).append(" · ").append(report.date()).append("\n\n");
    List<Section> sections = report.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (!s.heading().isEmpty()) {
        md.append("#".repeat(s.level() + 1)).append(' ').append(inline(s.heading())).append("\n\n");
      }
      for (Block b : s.blocks()) {
        if (b instanceof Paragraph p) {
          md.append(paragraph(p.runs())).append("\n\n");
        } else if (b instanceof BulletList l) {
          int k = 1;
          for (Paragraph item : l.items()) {
            md.append(l.ordered() ? (k++) + ". " : "- ").append(paragraph(item.runs())).append('\n');
          }
          md.append('\n');
        } else if (b instanceof Table t) {
          table(md, t, numbers.get(t));
        } else if (b instanceof FigureGrid g) {
          // a table of pictures: the captions as the header row, the charts below, the source lines after
          for (List<Figure> row : g.rows()) {
            StringBuilder head = new StringBuilder("|");
            StringBuilder rule = new StringBuilder("|");
            StringBuilder pics = new StringBuilder("|");
            java.util.LinkedHashSet<String> srcs = new java.util.LinkedHashSet<>();
            for (Figure f : row) {
              Report.Numbered n = numbers.get(f);
              String caption = n == null ? f.caption() : n.caption();
              String name = imageDir + "/" + (n == null ? "figure-" + images.size() : n.anchor()) + ".png";
              int w = (int) Math.round(f.widthCm() * HtmlRenderer.PX_PER_CM);
              int h = (int) Math.round(f.heightCm() * HtmlRenderer.PX_PER_CM);
              images.put(name, charts.png(f.chart(), w, h, 2.5));
              head.append(" **").append(inline(caption)).append("** |");
              rule.append(" --- |");
              pics.append(" ![").append(inline(caption)).append("](").append(name.replace(" ", "%20")).append(") |");
              if (!f.source().isEmpty()) {
                srcs.add(f.source());
              }
            }
            md.append(head).append('\n').append(rule).append('\n').append(pics).append("\n\n");
            srcs.forEach(x -> md.append(inline(x)).append("\n\n"));
          }
        } else if (b instanceof Figure f) {
          Report.Numbered n = numbers.get(f);
          String caption = n == null ? f.caption() : n.caption();
          String name = imageDir + "/" + (n == null ? "figure-" + images.size() : n.anchor()) + ".png";
          int w = (int) Math.round(f.widthCm() * HtmlRenderer.PX_PER_CM);
          int h = (int) Math.round(f.heightCm() * HtmlRenderer.PX_PER_CM);
          images.put(name, charts.png(f.chart(), w, h, 2.5));
          if (!caption.isEmpty()) {
            md.append("**").append(inline(caption)).append("**\n\n");
          }
          md.append("![").append(inline(caption)).append("](").append(name.replace(" ", "%20")).append(")\n\n");
          if (!f.source().isEmpty()) {
            md.append(inline(f.source())).append("\n\n");
          }
        } else if (b instanceof Toc toc) {
          md.append("**").append(inline(toc.title())).append("**\n\n");
          for (int j = 0; j < sections.size(); j++) {
            Section x = sections.get(j);
            if (!x.heading().isEmpty() && x.level() <= toc.depth()) {
              md.append("  ".repeat(x.level() - 1)).append("- ").append(inline(x.heading())).append('\n');
            }
          }
          md.append('\n');
        } else if (b instanceof ListOfFigures lof) {
          md.append("**").append(inline(lof.title())).append("**\n\n");
          for (Report.Numbered n : report.numberedItems()) {
            md.append("- ").append(inline(n.caption())).append('\n');
          }
          md.append('\n');
        } else if (b instanceof PageBreak) {
          md.append("\n");
        } else if (b instanceof Picture pic) {
          Report.Numbered n = numbers.get(pic);
          String name = imageDir + "/" + (n == null ? "picture-" + images.size() : n.anchor()) + "." + pic.format().extension();
          images.put(name, pic.data());
          if (n != null) {
            md.append("**").append(inline(n.caption())).append("**\n\n");
          }
          md.append("![").append(inline(n == null ? pic.name() : n.caption())).append("](").append(name.replace(" ", "%20"))
              .append(")\n\n");
          if (!pic.source().isEmpty()) {
            md.append(inline(pic.source())).append("\n\n");
          }
        }
      }
    }
    return new Output(md.toString(), images);
  }

  private static void table(StringBuilder md, Table t, Report.Numbered n) {
    String caption = n == null ? t.caption() : n.caption();
    if (!caption.isEmpty()) {
      md.append("**").append(inline(caption)).append("**\n\n");
    }
    List<String> labels = t.columnLabels();
    md.append('|');
    labels.forEach(l -> md.append(' ').append(cell(l)).append(" |"));
    md.append("\n|");
    for (int c = 0; c < labels.size(); c++) {
      boolean numeric = !t.rows().isEmpty() && t.rows().get(0).get(c) instanceof Cell.Num;
      md.append(numeric ? " ---: |" : " --- |");
    }
    md.append('\n');
    int[][] spans = t.spans();
    for (int r = 0; r < t.rows().size(); r++) {
      md.append('|');
      List<Cell> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        String v = spans[r][c] == 0 ? "" : row.get(c).printed();
        boolean bold = row.get(c) instanceof Cell.Text tx && tx.bold() && !v.isEmpty();
        md.append(' ').append(bold ? "**" + cell(v) + "**" : cell(v)).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
    if (!t.note().isEmpty()) {
      md.append(inline(t.note())).append("\n\n");
    }
    if (!t.source().isEmpty()) {
      md.append(inline(t.source())).append("\n\n");
    }
  }

  private static String paragraph(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      String t = inline(r.text());
      if (r.bold() && !r.text().isBlank()) {
        sb.append("**").append(t).append("**");
      } else {
        sb.append(t);
      }
    }
    String s = sb.toString();
    // a paragraph that starts like a list item or a heading must stay a paragraph
    if (s.matches("^(\\d+)([.)]).*")) {
      s = s.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    } else if (s.startsWith("-") || s.startsWith("+") || s.startsWith("=")) {
      s = "\\" + s;
    }
    return s;
  }

  private static String cell(String s) {
    return inline(s);
  }

  /** Escapes Markdown punctuation so text stays text; newlines become spaces. */
  static String inline(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>|#~&!".indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else if (c == '\n' || c == '\r') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
