package org.sectordesk.report.render;

import java.util.List;
import org.sectordesk.report.Block;
import org.sectordesk.report.Cell;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.Deck;
import org.sectordesk.report.Figure;
import org.sectordesk.report.HeaderCell;
import org.sectordesk.report.Paragraph;
import org.sectordesk.report.Table;

/** Every character a deck shows (for the font subset it embeds); numbers print with ASCII digits, always included. */
final class DeckText {
  private DeckText() {}

  static String of(Deck deck) {
    StringBuilder b = new StringBuilder();
    b.append(deck.title()).append(deck.subtitle()).append(deck.house()).append(deck.note()).append("年月日【】%，、（）：");
    for (Deck.Slide s : deck.slides()) {
      if (s instanceof Deck.Divider d) {
        b.append(d.label()).append(d.title());
      } else if (s instanceof Deck.Content c) {
        b.append(c.headline()).append(c.source());
        for (Block x : c.blocks()) {
          block(b, x);
        }
      }
    }
    return b.toString();
  }

  private static void block(StringBuilder b, Block x) {
    if (x instanceof Paragraph p) {
      b.append(p.text());
    } else if (x instanceof Figure f) {
      b.append(f.caption());
      if (f.chart() instanceof ChartSpec.Combo c) {
        c.categories().forEach(b::append);
        c.seriesNames().forEach(b::append);
        b.append(c.leftAxisLabel()).append(c.rightAxisLabel());
      } else if (f.chart() instanceof ChartSpec.Lines l) {
        l.series().forEach(s -> b.append(s.name()));
      } else if (f.chart() instanceof ChartSpec.Bars bars) {
        bars.categories().forEach(b::append);
        bars.series().forEach(s -> b.append(s.name()));
      }
    } else if (x instanceof Table t) {
      b.append(t.caption()).append(t.note()).append(t.source());
      for (List<HeaderCell> hr : t.header()) {
        hr.forEach(h -> b.append(h.text()));
      }
      for (List<Cell> row : t.rows()) {
        for (Cell c : row) {
          if (c instanceof Cell.Text tx) {
            b.append(tx.text());
          }
        }
      }
      b.append("—");
    }
  }
}
