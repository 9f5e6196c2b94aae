package org.sectordesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.PriceHistory;

class PriceComparisonTest {
  static LocalDate d(int day) {
    return LocalDate.of(2024, 11, day);
  }

  static PriceHistory h(String code, LocalDate[] days, double... closes) {
    return PriceHistory.of(code, days, closes, closes);
  }

  @Test
  void bothAreRebasedOnTheFirstDayAndAMissingBarIsAGap() {
    PriceHistory stock = h("A", new LocalDate[] {d(1), d(4), d(5)}, 10, 11, 12.5);
    PriceHistory bench = h("B", new LocalDate[] {d(1), d(4), d(6)}, 100, 90, 120);
    List<PriceComparison.Point> p = PriceComparison.of(stock, bench, d(1), d(30));
    assertThat(p).extracting(PriceComparison.Point::date).containsExactly(d(1), d(4), d(5), d(6));
    assertThat(p.get(0).change()).isZero();
    assertThat(p.get(1).change()).isEqualTo(11 / 10.0 - 1);
    assertThat(p.get(1).benchmarkChange()).isEqualTo(90 / 100.0 - 1);
    assertThat(p.get(2).benchmarkChange()).isNaN();
    assertThat(p.get(2).benchmarkClose()).isNaN();
    assertThat(p.get(3).change()).as("the stock has no bar on the 6th: a gap, not its last close").isNaN();
  }

  @Test
  void theFirstTradingDayOfTheWindowIsTheBaseAndALaterListingStartsAtItsFirstClose() {
    PriceHistory stock = h("A", new LocalDate[] {d(1), d(4), d(5)}, 10, 11, 12.1);
    PriceHistory listed = h("B", new LocalDate[] {d(5)}, 50);
    List<PriceComparison.Point> p = PriceComparison.of(stock, listed, d(2), d(30));
    assertThat(p).extracting(PriceComparison.Point::date).containsExactly(d(4), d(5));
    assertThat(p.get(0).change()).isZero();
    assertThat(p.get(1).change()).isEqualTo(12.1 / 11 - 1);
    assertThat(p.get(1).benchmarkChange()).isZero();
    assertThat(PriceComparison.of(stock, listed, d(20), d(30))).isEmpty();
  }
}
