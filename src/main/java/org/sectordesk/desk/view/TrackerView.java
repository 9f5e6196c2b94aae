package org.sectordesk.desk.view;

import java.util.List;
import org.sectordesk.news.TrackerRow;

/** {@code desk news tracker}: the A-share AI application tracker of a period. */
public record TrackerView(PeriodView period, List<TrackerRow> rows) {
  public TrackerView {
    rows = List.copyOf(rows);
  }
}
