package org.sectordesk.desk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code desk series list}: every stored series with its catalogue names. JSON
 * {@code {"series": [{"metric", "name", "name_en", "entity", "unit", "points", "first", "last", "estimates"}]}}.
 */
public record SeriesListView(@JsonProperty("series") List<Row> series) {
  public SeriesListView {
    series = List.copyOf(series);
  }

  public record Row(@JsonProperty("metric") String metric, @JsonProperty("name") String name,
      @JsonProperty("name_en") String nameEn, @JsonProperty("entity") String entity, @JsonProperty("unit") String unit,
      @JsonProperty("points") int points, @JsonProperty("first") String first, @JsonProperty("last") String last,
      @JsonProperty("estimates") int estimates) {}
}
