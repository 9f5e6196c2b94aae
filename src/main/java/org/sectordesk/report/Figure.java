package org.sectordesk.report;

import java.util.Objects;

/** A numbered chart with its caption and source line; size in centimetres on the page. */
public record Figure(String caption, ChartSpec chart, String source, double widthCm, double heightCm) implements Block {
  public Figure {
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(chart, "chart");
    source = source == null ? "" : source;
    if (!(widthCm >= 4 && widthCm <= 30)) {
      throw new IllegalArgumentException("widthCm of figure '" + caption + "' must be 4..30, got " + widthCm);
    }
    if (!(heightCm >= 3 && heightCm <= 30)) {
      throw new IllegalArgumentException("heightCm of figure '" + caption + "' must be 3..30, got " + heightCm);
    }
  }

  public static Figure of(String caption, ChartSpec chart, String source) {
    return new Figure(caption, chart, source, 16, 7.5);
  }
}
