package org.sectordesk.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sectordesk.domain.Market;

/**
 * Trading days of the sample's three markets, 2020-07 to 2025-12: weekdays less the exchange
 * holidays (HKEX including the full-day typhoon and black-rainstorm closures, NYSE/Nasdaq including
 * the 2025-01-09 day of mourning, SSE/SZSE). Half-days (Christmas and New Year's eves in Hong Kong,
 * the days around Independence Day and Thanksgiving in New York) are trading days.
 */
final class TradingDays {
  private static final Set<LocalDate> HK = dates(
      // 2020 (from the HSTECH launch on)
      "2020-10-01", "2020-10-02", "2020-10-13", "2020-10-26", "2020-12-25",
      // 2021
      "2021-01-01", "2021-02-12", "2021-02-15", "2021-04-02", "2021-04-05", "2021-04-06", "2021-05-19",
      "2021-06-14", "2021-07-01", "2021-09-22", "2021-10-01", "2021-10-13", "2021-10-14", "2021-12-27",
      // 2022
      "2022-02-01", "2022-02-02", "2022-02-03", "2022-04-05", "2022-04-15", "2022-04-18", "2022-05-02",
      "2022-05-09", "2022-06-03", "2022-07-01", "2022-09-12", "2022-10-04", "2022-12-26", "2022-12-27",
      // 2023
      "2023-01-02", "2023-01-23", "2023-01-24", "2023-01-25", "2023-04-05", "2023-04-07", "2023-04-10",
      "2023-05-01", "2023-05-26", "2023-06-22", "2023-09-01", "2023-09-08", "2023-10-02", "2023-10-23",
      "2023-12-25", "2023-12-26",
      // 2024
      "2024-01-01", "2024-02-12", "2024-02-13", "2024-03-29", "2024-04-01", "2024-04-04", "2024-05-01",
      "2024-05-15", "2024-06-10", "2024-07-01", "2024-09-18", "2024-10-01", "2024-10-11", "2024-12-25",
      "2024-12-26",
      // 2025
      "2025-01-01", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-04", "2025-04-18", "2025-04-21",
      "2025-05-01", "2025-05-05", "2025-07-01", "2025-10-01", "2025-10-07", "2025-10-29",
      "2025-12-25", "2025-12-26");

  private static final Set<LocalDate> US = dates(
      "2020-09-07", "2020-11-26", "2020-12-25",
      "2021-01-01", "2021-01-18", "2021-02-15", "2021-04-02", "2021-05-31", "2021-07-05", "2021-09-06",
      "2021-11-25", "2021-12-24",
      "2022-01-17", "2022-02-21", "2022-04-15", "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05",
      "2022-11-24", "2022-12-26",
      "2023-01-02", "2023-01-16", "2023-02-20", "2023-04-07", "2023-05-29", "2023-06-19", "2023-07-04",
      "2023-09-04", "2023-11-23", "2023-12-25",
      "2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27", "2024-06-19", "2024-07-04",
      "2024-09-02", "2024-11-28", "2024-12-25",
      "2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26", "2025-06-19",
      "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25");

  private static final Set<LocalDate> CN = dates(
      "2020-10-01", "2020-10-02", "2020-10-05", "2020-10-06", "2020-10-07", "2020-10-08",
      "2021-01-01", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16", "2021-02-17", "2021-04-05",
      "2021-05-03", "2021-05-04", "2021-05-05", "2021-06-14", "2021-09-20", "2021-09-21", "2021-10-01",
      "2021-10-04", "2021-10-05", "2021-10-06", "2021-10-07",
      "2022-01-03", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04", "2022-04-04",
      "2022-04-05", "2022-05-02", "2022-05-03", "2022-05-04", "2022-06-03", "2022-09-12", "2022-10-03",
      "2022-10-04", "2022-10-05", "2022-10-06", "2022-10-07",
      "2023-01-02", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", "2023-01-27", "2023-04-05",
      "2023-05-01", "2023-05-02", "2023-05-03", "2023-06-22", "2023-06-23", "2023-09-29", "2023-10-02",
      "2023-10-03", "2023-10-04", "2023-10-05", "2023-10-06",
      "2024-01-01", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16",
      "2024-04-04", "2024-04-05", "2024-05-01", "2024-05-02", "2024-05-03", "2024-06-10", "2024-09-16",
      "2024-09-17", "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07",
      "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-03", "2025-02-04",
      "2025-04-04", "2025-05-01", "2025-05-02", "2025-05-05", "2025-06-02", "2025-10-01", "2025-10-02",
      "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08");

  private TradingDays() {}

  private static Set<LocalDate> dates(String... days) {
    Set<LocalDate> s = new HashSet<>();
    for (String d : days) {
      s.add(LocalDate.parse(d));
    }
    return Set.copyOf(s);
  }

  static boolean isTradingDay(Market market, LocalDate d) {
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    switch (market) {
      case HK: return !HK.contains(d);
      case US: return !US.contains(d);
      default: return !CN.contains(d);
    }
  }

  /** Trading days from {@code from} to {@code to}, both inclusive. */
  static List<LocalDate> between(Market market, LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isTradingDay(market, d)) {
        out.add(d);
      }
    }
    return out;
  }

  /** The last trading day strictly before {@code day}. */
  static LocalDate before(Market market, LocalDate day) {
    LocalDate d = day.minusDays(1);
    while (!isTradingDay(market, d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** The first trading day on or after {@code day}. */
  static LocalDate onOrAfter(Market market, LocalDate day) {
    LocalDate d = day;
    while (!isTradingDay(market, d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
