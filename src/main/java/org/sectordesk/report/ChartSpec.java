package org.sectordesk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a chart shows, independent of how it is drawn. */
public sealed interface ChartSpec permits ChartSpec.Bars, ChartSpec.Lines {

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
}
