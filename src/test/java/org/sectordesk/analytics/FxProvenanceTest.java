package org.sectordesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.FxKind;
import org.sectordesk.domain.FxRate;

/** The FX rate for a day: freshest eligible value among direct, inverse and crosses; fixings over averages. */
class FxProvenanceTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void aStaleDirectPairLosesToFreshInverseAndCrosses() {
    FxTable fx = FxTable.of(List.of(
        new FxRate(d("2019-06-28"), "HKD", "CNY", 0.88, "wind", FxKind.DAILY),
        new FxRate(d("2025-11-27"), "USD", "CNY", 7.10, "yahoo", FxKind.DAILY),
        new FxRate(d("2025-11-27"), "USD", "HKD", 7.78, "yahoo", FxKind.DAILY)));
    FxTable.Quote q = fx.require("HKD", "CNY", d("2025-11-28"));
    assertThat(q.date()).isEqualTo(d("2025-11-27"));
    assertThat(q.rate()).isCloseTo(7.10 / 7.78, within(1e-12));
    assertThat(q.stale()).isFalse();
    assertThat(q.source()).isEqualTo("yahoo");
  }

  @Test
  void theFresherOfPairAndInverseWins() {
    FxTable fx = FxTable.of(List.of(
        new FxRate(d("2025-11-20"), "HKD", "CNY", 0.90, "a", FxKind.DAILY),
        new FxRate(d("2025-11-27"), "CNY", "HKD", 1.10, "b", FxKind.DAILY)));
    FxTable.Quote q = fx.require("HKD", "CNY", d("2025-11-28"));
    assertThat(q.rate()).isCloseTo(1 / 1.10, within(1e-12));
    assertThat(q.source()).isEqualTo("b");
  }

  @Test
  void aDailyFixingBeatsAMonthlyAverageAndAnAverageIsNotUsedBeforeItsMonthIsOver() {
    List<FxRate> rates = List.of(
        new FxRate(d("2025-11-28"), "USD", "CNY", 7.11, "yahoo", FxKind.DAILY),
        new FxRate(d("2025-11-01"), "USD", "CNY", 7.12, "fred", FxKind.MONTHLY_AVERAGE),
        new FxRate(d("2025-12-01"), "USD", "CNY", 7.05, "fred", FxKind.MONTHLY_AVERAGE));
    FxTable fx = FxTable.of(rates);
    FxTable.Quote q = fx.require("USD", "CNY", d("2025-12-01"));
    assertThat(q.rate()).isEqualTo(7.11);
    assertThat(q.kind()).isEqualTo(FxKind.DAILY);
    assertThat(q.source()).isEqualTo("yahoo");
    // only FRED: December's average is not known on 2025-12-01, November's is
    FxTable fred = FxTable.of(rates.subList(1, 3));
    assertThat(fred.require("USD", "CNY", d("2025-12-01")).rate()).isEqualTo(7.12);
    assertThat(fred.require("USD", "CNY", d("2025-12-31")).rate()).isEqualTo(7.12);
    assertThat(fred.require("USD", "CNY", d("2026-01-01")).rate()).isEqualTo(7.05);
    assertThat(fred.rate("USD", "CNY", d("2025-11-30"))).isEmpty();
  }

  @Test
  void noValueDatedAfterTheDayIsUsed() {
    FxTable fx = FxTable.of(List.of(new FxRate(d("2025-12-02"), "USD", "CNY", 7.0, "yahoo", FxKind.DAILY)));
    assertThat(fx.rate("USD", "CNY", d("2025-12-01"))).isEmpty();
  }

  @Test
  void aValueBeyondTheMaximumAgeIsFlaggedAndAFreshAverageThenWins() {
    List<FxRate> rates = List.of(
        new FxRate(d("2025-10-01"), "USD", "CNY", 7.20, "yahoo", FxKind.DAILY),
        new FxRate(d("2025-11-01"), "USD", "CNY", 7.12, "fred", FxKind.MONTHLY_AVERAGE));
    FxTable.Quote q = FxTable.of(rates, new FxPolicy(7, List.of())).require("USD", "CNY", d("2025-12-03"));
    assertThat(q.source()).isEqualTo("fred");
    assertThat(q.stale()).isFalse();
    FxTable.Quote old = FxTable.of(rates.subList(0, 1), new FxPolicy(7, List.of())).require("USD", "CNY", d("2025-12-03"));
    assertThat(old.stale()).isTrue();
    assertThat(old.ageDays()).isEqualTo(63);
  }

  @Test
  void twoSourcesOfOneDayAreBothKeptAndThePrecedenceSettingDecides() {
    List<FxRate> rates = List.of(
        new FxRate(d("2025-11-28"), "USD", "CNY", 7.11, "yahoo", FxKind.DAILY),
        new FxRate(d("2025-11-28"), "USD", "CNY", 7.10, "wind", FxKind.DAILY));
    assertThat(FxTable.of(rates, new FxPolicy(7, List.of("wind", "yahoo"))).require("USD", "CNY", d("2025-11-28")).rate())
        .isEqualTo(7.10);
    assertThat(FxTable.of(rates, new FxPolicy(7, List.of("yahoo"))).require("USD", "CNY", d("2025-11-28")).rate())
        .isEqualTo(7.11);
  }

  @Test
  void ofTwoCrossesThroughAMonthlyLegTheOneWithTheDailyFixingWins() {
    List<FxRate> rates = List.of(
        new FxRate(d("2025-11-01"), "USD", "HKD", 7.78, "fred", FxKind.MONTHLY_AVERAGE),
        new FxRate(d("2025-11-01"), "USD", "CNY", 7.12, "fred", FxKind.MONTHLY_AVERAGE),
        new FxRate(d("2025-11-28"), "USD", "CNY", 7.08, "yahoo", FxKind.DAILY));
    FxTable.Quote q = FxTable.of(rates).require("HKD", "CNY", d("2025-12-01"));
    assertThat(q.rate()).isCloseTo(7.08 / 7.78, within(1e-12));
    assertThat(q.source()).isEqualTo("fred+yahoo");
  }
}
