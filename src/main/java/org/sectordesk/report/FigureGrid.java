package org.sectordesk.report;

import java.util.List;
import java.util.Objects;

/**
 * Figures side by side, {@code columns} to a row (the weekly's index charts in a 2×2 grid); each keeps its own
 * number and caption. Paged formats set it as a borderless table, HTML as a grid, Markdown as a table of pictures.
 */
public record FigureGrid(List<Figure> figures, int columns) implements Block {
  public FigureGrid {
    figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
    if (figures.isEmpty()) {
      throw new IllegalArgumentException("a figure grid needs at least one figure");
    }
    if (columns < 1 || columns > 3) {
      throw new IllegalArgumentException("columns of a figure grid must be 1..3, got " + columns);
    }
  }

  /** The figures in rows of {@code columns}. */
  public List<List<Figure>> rows() {
    java.util.ArrayList<List<Figure>> out = new java.util.ArrayList<>();
    for (int i = 0; i < figures.size(); i += columns) {
      out.add(figures.subList(i, Math.min(figures.size(), i + columns)));
    }
    return out;
  }
}
