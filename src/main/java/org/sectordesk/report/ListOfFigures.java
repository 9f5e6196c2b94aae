package org.sectordesk.report;

import java.util.Objects;

/** The list of numbered figures and tables ("图表目录"). */
public record ListOfFigures(String title) implements Block {
  public ListOfFigures {
    Objects.requireNonNull(title, "title");
  }
}
