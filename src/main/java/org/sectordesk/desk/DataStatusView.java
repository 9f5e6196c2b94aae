package org.sectordesk.desk;

import java.time.LocalDate;
import java.util.List;
import org.sectordesk.domain.StoredSeries;

/**
 * {@code desk status}: every stored series and whether it is fresh on the as-of day.
 *
 * @param asOf the day freshness is judged for
 * @param rows one per series
 */
public record DataStatusView(LocalDate asOf, List<Row> rows) {
  public DataStatusView {
    rows = List.copyOf(rows);
  }

  /**
   * @param fresh for bars: the series reaches its market's last trading day on or before the as-of day (as the
   *              other stored series show it); for FX: a value known on the as-of day is within the maximum age;
   *              {@code null} where no rule applies (shares, valuation, estimates)
   * @param expected the day a fresh series reaches (bars: the market's last trading day; FX: the oldest allowed)
   */
  public record Row(StoredSeries series, Boolean fresh, LocalDate expected) {}

  public long staleCount() {
    return rows.stream().filter(r -> Boolean.FALSE.equals(r.fresh())).count();
  }
}
