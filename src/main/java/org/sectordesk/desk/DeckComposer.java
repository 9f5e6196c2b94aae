package org.sectordesk.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sectordesk.report.Block;
import org.sectordesk.report.Deck;
import org.sectordesk.report.DeckLayout;
import org.sectordesk.report.Figure;
import org.sectordesk.report.House;
import org.sectordesk.report.Lang;
import org.sectordesk.report.Messages;
import org.sectordesk.report.SectionContext;
import org.sectordesk.report.SectionSpec;
import org.sectordesk.report.Table;

/**
 * Builds a deck from a deck layout and a workspace's data: dividers numbered 【01】, 【02】 …, each content slide's
 * one or two sections built as in the reports, and one source line per slide (the layout's, else the sections').
 */
public final class DeckComposer {
  private final ReportSources sources;
  private final House house;

  public DeckComposer(ReportSources sources, House house) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.house = Objects.requireNonNull(house, "house");
  }

  public Deck compose(DeckLayout layout, LocalDate date, Lang lang) {
    SectionContext ctx = new SectionContext(Messages.of(lang), house, layout.dataSource());
    SeriesSectionBuilder builder = new SeriesSectionBuilder(sources, ctx, date);
    List<Deck.Slide> slides = new ArrayList<>();
    int section = 0;
    for (DeckLayout.SlideSpec s : layout.slides()) {
      if (s.isDivider()) {
        slides.add(new Deck.Divider(++section, s.divider()));
        continue;
      }
      List<Block> blocks = new ArrayList<>();
      for (SectionSpec spec : s.sections()) {
        blocks.addAll(builder.build(spec));
      }
      String source = s.source() == null || s.source().isBlank() ? sourceOf(blocks, ctx)
          : (lang == Lang.ZH ? "资料来源：" : "Source: ") + s.source();
      slides.add(new Deck.Content(s.headline(), blocks, source));
    }
    return new Deck(layout.title(), layout.subtitle(), house.name(lang), date, lang, house.style(), layout.note(), slides);
  }

  /** The sections' source lines, merged: "资料来源：A、B，X整理". */
  private static String sourceOf(List<Block> blocks, SectionContext ctx) {
    Set<String> lines = new LinkedHashSet<>();
    for (Block b : blocks) {
      if (b instanceof Figure f && !f.source().isBlank()) {
        lines.add(f.source());
      } else if (b instanceof Table t && !t.source().isBlank()) {
        lines.add(t.source());
      }
    }
    if (lines.isEmpty()) {
      return ctx.source();
    }
    return lines.size() == 1 ? lines.iterator().next() : String.join("；", lines);
  }
}
