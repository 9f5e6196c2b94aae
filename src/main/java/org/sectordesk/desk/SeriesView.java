package org.sectordesk.desk;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code desk series show}: one metric's series with the derived measures asked for. JSON (a contract):
 * {@code {"metric", "unit", "series": [{"entity", "points": [{"period", "value", "estimate", "yoy_pct", "mom_pct",
 * "qoq_pct"}]}]}}, only the derived fields asked for, unrounded, null when not computable.
 *
 * @param name     the metric's Chinese name (not in the JSON)
 * @param decimals decimals the catalogue prints (not in the JSON)
 */
@JsonPropertyOrder({"metric", "unit", "series"})
public record SeriesView(@JsonProperty("metric") String metric, @JsonIgnore String name, @JsonIgnore String nameEn,
    @JsonProperty("unit") String unit, @JsonIgnore int decimals, @JsonIgnore List<String> derived,
    @JsonProperty("series") List<Series> series) {

  public SeriesView {
    derived = List.copyOf(derived);
    series = List.copyOf(series);
  }

  /** One entity's points; {@code unit} is its own unit (the table prints it; the JSON carries the metric's). */
  @JsonPropertyOrder({"entity", "points"})
  public record Series(@JsonProperty("entity") String entity, @JsonIgnore String unit,
      @JsonProperty("points") List<Point> points) {
    public Series {
      points = List.copyOf(points);
    }
  }

  /** A point and its derived measures by JSON name ({@code yoy_pct} …), null values where not computable. */
  @JsonPropertyOrder({"period", "value", "estimate"})
  public record Point(@JsonProperty("period") String period, @JsonProperty("value") double value,
      @JsonProperty("estimate") boolean estimate, @JsonIgnore Map<String, Double> measures) {
    public Point {
      measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    @JsonAnyGetter
    public Map<String, Double> jsonMeasures() {
      return measures;
    }
  }
}
