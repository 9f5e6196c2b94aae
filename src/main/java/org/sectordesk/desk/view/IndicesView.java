package org.sectordesk.desk.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

import org.sectordesk.desk.json.Percent;

/** {@code desk indices}: index returns over a period, in the workspace's order or the order asked. */
public record IndicesView(PeriodView period, List<Row> rows) {
  public IndicesView {
    rows = List.copyOf(rows);
  }

  /** One index: its return, its last close in the period and that close's date. */
  public record Row(String code, String name, @Percent @JsonProperty("return_pct") double periodReturn,
      Double close, LocalDate closeDate, String status, LocalDate dataThrough) {
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isStale() {
      return status.equals("stale");
    }
  }
}
