package org.sectordesk.desk;

import java.util.ArrayList;
import java.util.List;
import org.sectordesk.report.Block;
import org.sectordesk.report.Figure;
import org.sectordesk.report.FigureGrid;

/** The {@code grid: N} layout parameter: consecutive charts set N to a row, each shrunk to its column. */
final class FigureGrids {
  private FigureGrids() {}

  static List<Block> arrange(List<Block> blocks, int columns) {
    if (columns <= 1) {
      return blocks;
    }
    double width = columns == 2 ? 8.2 : 5.4;
    double height = columns == 2 ? 5.6 : 4.2;
    List<Block> out = new ArrayList<>();
    List<Figure> run = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Figure f) {
        run.add(new Figure(f.caption(), f.chart(), f.source(), width, height));
      } else {
        flush(out, run, columns);
        out.add(b);
      }
    }
    flush(out, run, columns);
    return out;
  }

  private static void flush(List<Block> out, List<Figure> run, int columns) {
    // two rows to a grid, so a grid fits on a page (the weekly's 2×2)
    for (int i = 0; i < run.size(); i += columns * 2) {
      out.add(new FigureGrid(List.copyOf(run.subList(i, Math.min(run.size(), i + columns * 2))), columns));
    }
    run.clear();
  }
}
