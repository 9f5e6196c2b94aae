package org.sectordesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.FxRate;

class FxTableTest {
  private static final LocalDate FRI = LocalDate.of(2024, 11, 29);
  private final FxTable fx = FxTable.of(List.of(
      new FxRate(FRI, "USD", "CNY", 7.1877),
      new FxRate(FRI, "USD", "HKD", 7.7827),
      new FxRate(LocalDate.of(2024, 12, 2), "USD", "CNY", 7.1996)));

  @Test
  void aMissingDayTakesTheLastFixingOnOrBeforeIt() {
    FxTable.Quote q = fx.require("USD", "CNY", LocalDate.of(2024, 11, 30));
    assertThat(q.rate()).isEqualTo(7.1877);
    assertThat(q.date()).isEqualTo(FRI);
  }

  @Test
  void pairsAreInvertedAndCrossedThroughUsd() {
    assertThat(fx.require("CNY", "USD", FRI).rate()).isCloseTo(1 / 7.1877, within(1e-15));
    assertThat(fx.require("HKD", "CNY", FRI).rate()).isCloseTo(7.1877 / 7.7827, within(1e-15));
    assertThat(fx.require("CNY", "CNY", FRI).rate()).isEqualTo(1.0);
  }

  @Test
  void aCrossUsesTheOlderOfItsTwoFixingDates() {
    FxTable.Quote q = fx.require("HKD", "CNY", LocalDate.of(2024, 12, 2));
    assertThat(q.rate()).isCloseTo(7.1996 / 7.7827, within(1e-15));
    assertThat(q.date()).isEqualTo(FRI);
  }

  @Test
  void noRateBeforeTheFirstFixingIsAnErrorNamingThePair() {
    assertThatThrownBy(() -> fx.require("USD", "CNY", LocalDate.of(2024, 1, 2)))
        .hasMessageContaining("USD/CNY").hasMessageContaining("2024-01-02");
  }
}
