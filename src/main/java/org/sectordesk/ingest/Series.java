package org.sectordesk.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Values keyed by a code (or FX pair) and a date, as read. {@link #finish} sorts them by key and date, drops a
 * row that exactly repeats an earlier one (counted in the notes) and reports a row that gives the same key
 * and date with different values.
 */
final class Series<T> {
  private record Item<T>(String key, LocalDate date, T value, String where, boolean noTradeRow) {}

  private final List<Item<T>> items = new ArrayList<>();

  void add(String key, LocalDate date, T value, String where) {
    items.add(new Item<>(key, date, value, where, false));
  }

  /**
   * A yfinance row with zero volume and open = high = low = close. Kept when its close moved (a half-day
   * session whose intraday data is missing: a real close); dropped when it repeats the previous close
   * (a holiday copy).
   */
  void addNoTradeRow(String key, LocalDate date, T value, String where) {
    items.add(new Item<>(key, date, value, where, true));
  }

  int size() {
    return items.size();
  }

  /** "line 17" for a line number, the cell otherwise. */
  static String place(String where) {
    return !where.isEmpty() && where.chars().allMatch(Character::isDigit) ? "line " + where : where;
  }

  /** Where each kept value was read, by {@code key|date}; valid after {@link #finish}. */
  java.util.Map<String, String> places() {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (Item<T> i : items) {
      m.putIfAbsent(i.key + "|" + i.date, i.where);
    }
    return m;
  }

  List<T> finish(Problems problems) {
    items.sort(Comparator.comparing((Item<T> i) -> i.key).thenComparing(i -> i.date));
    List<T> out = new ArrayList<>(items.size());
    Item<T> first = null;
    for (Item<T> item : items) {
      if (first != null && first.key.equals(item.key) && first.date.equals(item.date)) {
        if (first.value.equals(item.value)) {
          problems.dropped("exact duplicate of an earlier row", item.where);
        } else {
          problems.add(item.where, "date", item.date + " of " + item.key
              + " is given again with different values (first at " + place(first.where) + ")");
        }
        continue;
      }
      if (item.noTradeRow && first != null && first.key.equals(item.key)
          && first.value instanceof org.sectordesk.domain.Bar prev && item.value instanceof org.sectordesk.domain.Bar bar
          && prev.adjClose() == bar.adjClose()) {
        problems.dropped(LongBars.ZERO_VOLUME, item.date.toString());
        continue;
      }
      first = item;
      out.add(item.value);
    }
    return out;
  }
}
