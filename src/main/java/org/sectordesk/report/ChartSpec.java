package org.sectordesk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a chart shows, independent of how it is drawn. */
public sealed interface ChartSpec permits ChartSpec.Bars, ChartSpec.Lines, ChartSpec.Combo {

  /** One named series of bar values, one per category (null for a gap). */
  record BarSeries(String name, List<Double> values) {
    public BarSeries {
      Objects.requireNonNull(name, "name");
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(Objects.requireNonNull(values, "values")));
    }
  }

  /**
   * Bars by category, several series side by side; {@code horizontal} bars for ranked names.
   * Values are in the unit of {@code valueStyle} (fractions for percent styles); value labels print with it.
   */
  record Bars(List<String> categories, List<BarSeries> series, boolean horizontal, NumberStyle valueStyle,
      boolean valueLabels, String valueAxisLabel, java.util.Set<Integer> highlighted) implements ChartSpec {

    /** Bars without highlighted categories. */
    public Bars(List<String> categories, List<BarSeries> series, boolean horizontal, NumberStyle valueStyle,
        boolean valueLabels, String valueAxisLabel) {
      this(categories, series, horizontal, valueStyle, valueLabels, valueAxisLabel, java.util.Set.of());
    }

    public Bars {
      highlighted = java.util.Set.copyOf(Objects.requireNonNull(highlighted, "highlighted"));
      categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
      series = List.copyOf(Objects.requireNonNull(series, "series"));
      Objects.requireNonNull(valueStyle, "valueStyle");
      valueAxisLabel = valueAxisLabel == null ? "" : valueAxisLabel;
      if (series.isEmpty()) {
        throw new IllegalArgumentException("series of a bar chart must not be empty");
      }
      for (BarSeries s : series) {
        if (s.values().size() != categories.size()) {
          throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
              + " values for " + categories.size() + " categories");
        }
      }
    }
  }

  /** One dated line; {@code rightAxis} puts it on a second value axis (two indices of different scale). */
  record LineSeries(String name, List<LocalDate> dates, List<Double> values, boolean rightAxis) {
    public LineSeries {
      Objects.requireNonNull(name, "name");
      dates = List.copyOf(Objects.requireNonNull(dates, "dates"));
      values = List.copyOf(Objects.requireNonNull(values, "values"));
      if (dates.size() != values.size()) {
        throw new IllegalArgumentException("series '" + name + "' has " + dates.size() + " dates and "
            + values.size() + " values");
      }
    }
  }

  /** A horizontal reference line such as the mean or ±1 standard deviation of a PE series. */
  record RefLine(String name, double value, boolean dashed) {
    public RefLine {
      Objects.requireNonNull(name, "name");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value of reference line '" + name + "' must be finite, got " + value);
      }
    }
  }

  /** Dated lines with optional reference lines; the axis prints values with {@code valueStyle}. */
  record Lines(List<LineSeries> series, List<RefLine> refLines, NumberStyle valueStyle, String valueAxisLabel,
      String rightAxisLabel) implements ChartSpec {
    public Lines {
      series = List.copyOf(Objects.requireNonNull(series, "series"));
      refLines = List.copyOf(Objects.requireNonNull(refLines, "refLines"));
      Objects.requireNonNull(valueStyle, "valueStyle");
      valueAxisLabel = valueAxisLabel == null ? "" : valueAxisLabel;
      rightAxisLabel = rightAxisLabel == null ? "" : rightAxisLabel;
      if (series.isEmpty()) {
        throw new IllegalArgumentException("series of a line chart must not be empty");
      }
    }
  }

  /**
   * Bars by period (grouped, or stacked) and lines by the same periods, the lines on a second value axis when
   * {@code linesOnRightAxis} (a value and its growth, as the monthly's figure 9); no bars draws lines only.
   * {@code estimates} are the category indices drawn shaded (estimate periods). Bar values are in the unit of
   * {@code barStyle}, line values in that of {@code lineStyle} (fractions for percent styles).
   */
  record Combo(List<String> categories, List<BarSeries> bars, boolean stacked, List<BarSeries> lines,
      boolean linesOnRightAxis, NumberStyle barStyle, NumberStyle lineStyle, String leftAxisLabel,
      String rightAxisLabel, java.util.Set<Integer> estimates, boolean valueLabels) implements ChartSpec {
    public Combo {
      categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
      bars = List.copyOf(Objects.requireNonNull(bars, "bars"));
      lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
      Objects.requireNonNull(barStyle, "barStyle");
      Objects.requireNonNull(lineStyle, "lineStyle");
      leftAxisLabel = leftAxisLabel == null ? "" : leftAxisLabel;
      rightAxisLabel = rightAxisLabel == null ? "" : rightAxisLabel;
      estimates = java.util.Set.copyOf(Objects.requireNonNull(estimates, "estimates"));
      if (bars.isEmpty() && lines.isEmpty()) {
        throw new IllegalArgumentException("a combo chart needs bars or lines");
      }
      for (BarSeries s : bars) {
        if (s.values().size() != categories.size()) {
          throw new IllegalArgumentException("bars '" + s.name() + "' have " + s.values().size() + " values for "
              + categories.size() + " periods");
        }
      }
      for (BarSeries s : lines) {
        if (s.values().size() != categories.size()) {
          throw new IllegalArgumentException("line '" + s.name() + "' has " + s.values().size() + " values for "
              + categories.size() + " periods");
        }
      }
    }

    /** Every series name, bars first. */
    public List<String> seriesNames() {
      List<String> out = new java.util.ArrayList<>();
      bars.forEach(b -> out.add(b.name()));
      lines.forEach(l -> out.add(l.name()));
      return out;
    }
  }
}
