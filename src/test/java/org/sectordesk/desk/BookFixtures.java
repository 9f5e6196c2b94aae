package org.sectordesk.desk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.sectordesk.domain.Bar;

/** Weekday bars with step-wise closes, for workspace-level tests. */
final class BookFixtures {
  private BookFixtures() {}

  /** Weekday closes from {@code from} to {@code to}: {@code steps} alternates date, level (the first level from {@code from}). */
  static List<Bar> bars(String code, String currency, String from, String to, Object... steps) {
    NavigableMap<LocalDate, Double> levels = new TreeMap<>();
    for (int i = 0; i < steps.length; i += 2) {
      levels.put(LocalDate.parse((String) steps[i]), ((Number) steps[i + 1]).doubleValue());
    }
    List<Bar> out = new ArrayList<>();
    for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      double c = levels.floorEntry(d).getValue();
      out.add(Bar.closeOnly(code, d, c, currency));
    }
    return out;
  }
}
