package org.sectordesk.ratings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.sectordesk.domain.PriceHistory;

/** Tiny hand-built price histories: weekday closes that change at given dates. */
final class Prices {
  private final String code;
  private final LocalDate from;
  private LocalDate to;
  private final NavigableMap<LocalDate, Double> levels = new TreeMap<>();
  private final List<LocalDate[]> gaps = new ArrayList<>();

  private Prices(String code, LocalDate from, LocalDate to, double start) {
    this.code = code;
    this.from = from;
    this.to = to;
    levels.put(from, start);
  }

  /** Weekday closes from {@code from} to {@code to}, starting at {@code start}. */
  static Prices of(String code, String from, String to, double start) {
    return new Prices(code, LocalDate.parse(from), LocalDate.parse(to), start);
  }

  /** From {@code day} on, the close is {@code level}. */
  Prices at(String day, double level) {
    levels.put(LocalDate.parse(day), level);
    return this;
  }

  /** No closes from {@code a} to {@code b} inclusive (a holiday, a suspension, a feed gap). */
  Prices gap(String a, String b) {
    gaps.add(new LocalDate[] {LocalDate.parse(a), LocalDate.parse(b)});
    return this;
  }

  PriceHistory history() {
    List<LocalDate> dates = new ArrayList<>();
    List<Double> closes = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      LocalDate day = d;
      if (gaps.stream().anyMatch(g -> !day.isBefore(g[0]) && !day.isAfter(g[1]))) {
        continue;
      }
      dates.add(d);
      closes.add(levels.floorEntry(d).getValue());
    }
    double[] c = closes.stream().mapToDouble(Double::doubleValue).toArray();
    return PriceHistory.of(code, dates.toArray(LocalDate[]::new), c, c);
  }
}
