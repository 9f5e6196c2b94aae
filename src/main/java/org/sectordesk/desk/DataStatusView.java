package org.sectordesk.desk;

import java.time.LocalDate;
import java.util.List;
import org.sectordesk.domain.StoredSeries;

/**
 * {@code desk status}: every stored series and whether it is fresh on the as-of day.
 *
 * @param asOf  the day freshness is judged for
 * @param stale how many series are not fresh
 * @param series one row per stored series
 */
public record DataStatusView(LocalDate asOf, long stale, List<Row> series) {
  public DataStatusView {
    series = List.copyOf(series);
  }

  public static DataStatusView of(LocalDate asOf, List<Row> rows) {
    return new DataStatusView(asOf, rows.stream().filter(r -> Boolean.FALSE.equals(r.fresh())).count(), rows);
  }

  /**
   * @param kind  bars, shares, valuation, fx or estimates
   * @param key   a code, or an FX pair with its source and kind ({@code USD/CNY yahoo daily})
   * @param fresh for bars: the series reaches its market's last trading day on or before the as-of day (as the
   *              other stored series show it); for FX: a value known on the as-of day is within the maximum age;
   *              {@code null} where no rule applies (shares, valuation, estimates, a recorded delisting)
   * @param expectedThrough the day a fresh series reaches (bars: the market's last trading day; FX: the oldest allowed)
   */
  public record Row(String kind, String key, LocalDate firstDate, LocalDate lastDate, long rows, List<String> files,
      Boolean fresh, LocalDate expectedThrough) {
    static Row of(StoredSeries s, Boolean fresh, LocalDate expected) {
      return new Row(s.kind(), s.key(), s.first(), s.last(), s.rows(), s.files(), fresh, expected);
    }
  }
}
