package org.sectordesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole report, ready to render: title, the house that publishes it, its date, language, the
 * caption numbering and look, and the sections in order. Renderers only lay this out.
 */
public record Report(String title, String subtitle, String house, LocalDate date, Lang lang, Numbering numbering,
    HouseStyle style, List<Section> sections) {

  public Report {
    Objects.requireNonNull(title, "title");
    subtitle = subtitle == null ? "" : subtitle;
    Objects.requireNonNull(house, "house");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(numbering, "numbering");
    Objects.requireNonNull(style, "style");
    sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
  }

  /** A numbered figure or table, in document order. */
  public record Numbered(int number, String caption, Block block, String anchor) {}

  /** Every numbered figure and table in order, numbered from 1 with one counter. */
  public List<Numbered> numberedItems() {
    List<Numbered> out = new ArrayList<>();
    for (Section s : sections) {
      for (Block b : s.blocks()) {
        String caption = null;
        if (b instanceof Figure f) {
          caption = f.caption();
        } else if (b instanceof Table t && t.numbered()) {
          caption = t.caption();
        } else if (b instanceof Picture p && p.numbered()) {
          caption = p.caption();
        }
        if (caption != null) {
          int n = out.size() + 1;
          out.add(new Numbered(n, numbering.caption(n, caption), b, "fig-" + n));
        }
      }
    }
    return out;
  }

  /** The numbered item of each figure / numbered table, by identity. */
  public Map<Block, Numbered> numberOf() {
    Map<Block, Numbered> m = new IdentityHashMap<>();
    numberedItems().forEach(n -> m.put(n.block(), n));
    return m;
  }

  /** Every table in order (numbered or not). */
  public List<Table> tables() {
    List<Table> out = new ArrayList<>();
    sections.forEach(s -> s.blocks().forEach(b -> {
      if (b instanceof Table t) {
        out.add(t);
      }
    }));
    return out;
  }

  /** Anchor id of section {@code i} (for links from the table of contents). */
  public static String sectionAnchor(int i) {
    return "sec-" + (i + 1);
  }
}
