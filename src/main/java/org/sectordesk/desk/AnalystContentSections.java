package org.sectordesk.desk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sectordesk.report.AnalystMarkdown;
import org.sectordesk.report.Cell;
import org.sectordesk.report.HeaderCell;
import org.sectordesk.report.Lang;
import org.sectordesk.report.NumberStyle;
import org.sectordesk.report.Paragraph;
import org.sectordesk.report.Picture;
import org.sectordesk.report.PictureSize;
import org.sectordesk.report.Section;
import org.sectordesk.report.SectionContext;
import org.sectordesk.report.SectionSpec;
import org.sectordesk.report.Table;

/**
 * The analyst's own content in a report: Markdown texts with tables and pictures, {@code data_table} (a CSV or
 * XLSX of the workspace) and {@code image} (a PNG, JPEG or SVG of the workspace). Every problem names the layout
 * place or the file and line.
 */
final class AnalystContentSections {
  /** The section types this class builds. */
  static final Set<String> TYPES = Set.of("data_table", "image");

  private final ReportSources sources;
  private final SectionContext ctx;

  AnalystContentSections(ReportSources sources, SectionContext ctx) {
    this.sources = sources;
    this.ctx = ctx;
  }

  /** A {@code markdown_text} section, its tables and pictures included. */
  List<Section> markdownText(SectionSpec spec, String heading, int level) {
    String file = spec.requireText("file");
    Optional<String> text = sources.text(file);
    if (text.isEmpty() || text.get().isBlank()) {
      return List.of(new Section(heading, level, List.of(Paragraph.note(ctx.t("no_text", file)))));
    }
    return AnalystMarkdown.parse(heading, level, text.get(), file, sources::bytes);
  }

  List<Section> build(SectionSpec spec, String heading, int level) {
    return switch (spec.type()) {
      case "data_table" -> List.of(new Section(heading, level, List.of(dataTable(spec))));
      case "image" -> List.of(new Section(heading, level, List.of(image(spec))));
      default -> throw new IllegalArgumentException(spec.where() + ": section type '" + spec.type() + "' has no builder");
    };
  }

  private String caption(SectionSpec spec) {
    String zh = spec.text("caption", "");
    return ctx.lang() == Lang.EN ? spec.text("caption_en", zh) : zh;
  }

  private String source(SectionSpec spec) {
    String own = ctx.lang() == Lang.EN ? spec.text("source_en", spec.text("source", null)) : spec.text("source", null);
    return own == null ? ctx.source() : own;
  }

  private Table dataTable(SectionSpec spec) {
    String file = spec.requireText("file");
    byte[] data = sources.bytes(file).orElseThrow(() -> new IllegalArgumentException(spec.where()
        + " (data_table): [file] " + file + " is not in the workspace"));
    DataTableFile.Content content = DataTableFile.read(data, file, spec.text("sheet", ""));
    List<String> columns = spec.list("columns").isEmpty() ? content.header() : spec.list("columns");
    List<Integer> index = new ArrayList<>();
    for (String c : columns) {
      int i = content.header().indexOf(c);
      if (i < 0) {
        throw new IllegalArgumentException(spec.where() + " (data_table): [columns] '" + c + "' is not a column of "
            + file + "; its columns: " + content.header());
      }
      index.add(i);
    }
    Map<String, NumberStyle> formats = formats(spec, content.header());
    List<List<Cell>> rows = new ArrayList<>();
    for (int r = 0; r < content.rows().size(); r++) {
      List<Cell> row = new ArrayList<>();
      for (int k = 0; k < columns.size(); k++) {
        DataTableFile.Value v = content.rows().get(r).get(index.get(k));
        row.add(cell(v, formats.get(columns.get(k)), file, r + 2, columns.get(k)));
      }
      rows.add(row);
    }
    Set<Integer> merged = new HashSet<>();
    for (String m : spec.list("merge")) {
      int i = columns.indexOf(m);
      if (i < 0) {
        throw new IllegalArgumentException(spec.where() + " (data_table): [merge] '" + m + "' is not a printed column");
      }
      merged.add(i);
    }
    String caption = caption(spec);
    return new Table(caption, !caption.isEmpty(), List.of(columns.stream().map(HeaderCell::of).toList()), rows, merged,
        spec.text("note", ""), source(spec), spec.text("sheet_name", ""));
  }

  private static Map<String, NumberStyle> formats(SectionSpec spec, List<String> header) {
    Object f = spec.params().get("formats");
    if (f == null) {
      return Map.of();
    }
    if (!(f instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(spec.where() + " (data_table): [formats] must map column names to number formats");
    }
    java.util.LinkedHashMap<String, NumberStyle> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String col = String.valueOf(e.getKey());
      if (!header.contains(col)) {
        throw new IllegalArgumentException(spec.where() + " (data_table): [formats] '" + col + "' is not a column; columns: " + header);
      }
      try {
        out.put(col, NumberStyle.parse(String.valueOf(e.getValue())));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(spec.where() + " (data_table): [formats." + col + "] " + ex.getMessage());
      }
    }
    return out;
  }

  /**
   * A cell: with a number format, the value must be a number (a percent format reads "12.5%" as 0.125 and a bare
   * number as a fraction); without one, a number keeps the text the file prints.
   */
  private static Cell cell(DataTableFile.Value v, NumberStyle style, String file, int line, String column) {
    if (v.text().isBlank() && v.number() == null) {
      return Cell.empty();
    }
    if (style == null) {
      return AnalystMarkdown.cell(v.text());
    }
    double value;
    if (v.number() != null) {
      value = v.number();
      if (v.text().endsWith("%") && !style.unit().equals(NumberStyle.Unit.NONE)) {
        value = v.number(); // Excel holds percents as fractions already
      }
    } else {
      String t = v.text().replace(",", "").trim();
      boolean pct = t.endsWith("%");
      try {
        value = Double.parseDouble(pct ? t.substring(0, t.length() - 1) : t);
      } catch (NumberFormatException e) {
        if (t.equals("-") || t.equals("—") || t.equalsIgnoreCase("n/a") || t.equalsIgnoreCase("NM")) {
          return Cell.text(v.text());
        }
        throw new IllegalArgumentException(file + ":" + line + ": [" + column + "] '" + v.text() + "' is not a number");
      }
      if (pct) {
        value /= 100;
      }
    }
    return Cell.num(value, style);
  }

  private Picture image(SectionSpec spec) {
    String file = spec.requireText("file");
    Picture.Format format = Picture.Format.ofFileName(file).orElseThrow(() -> new IllegalArgumentException(
        spec.where() + " (image): [file] " + file + " must be a .png, .jpg, .jpeg or .svg file"));
    byte[] data = sources.bytes(file).orElseThrow(() -> new IllegalArgumentException(spec.where()
        + " (image): [file] " + file + " is not in the workspace"));
    double width = spec.params().get("width_cm") == null ? 16 : ((Number) number(spec, "width_cm")).doubleValue();
    try {
      return PictureSize.picture(caption(spec), data, format, source(spec), file, width);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(spec.where() + " (image): [file] " + e.getMessage());
    }
  }

  private static Number number(SectionSpec spec, String name) {
    Object v = spec.params().get(name);
    if (v instanceof Number n && n.doubleValue() >= 2 && n.doubleValue() <= 17) {
      return n;
    }
    throw new IllegalArgumentException(spec.where() + " (" + spec.type() + "): [" + name + "] must be a number of cm 2..17, got '" + v + "'");
  }
}
