package org.sectordesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.ValuationPoint;

class ValuationStatsTest {
  private static List<ValuationPoint> series(double... pe) {
    List<ValuationPoint> out = new ArrayList<>();
    for (int i = 0; i < pe.length; i++) {
      out.add(new ValuationPoint("HSTECH.HI", LocalDate.of(2020, 7, 27).plusDays(i), pe[i]));
    }
    return out;
  }

  @Test
  void percentileIsTheShareOfObservationsAtOrBelowTheCurrentValue() {
    // current 20 ties with one earlier observation: 3 of 5 are at or below
    ValuationStats s = ValuationStats.of("HSTECH.HI", series(30, 20, 10, 40, 20), LocalDate.of(2020, 7, 31));
    assertThat(s.peTtm()).isEqualTo(20);
    assertThat(s.percentile()).isCloseTo(0.6, within(1e-15));
    assertThat(s.mean()).isCloseTo(24, within(1e-12));
    assertThat(s.stdDev()).isCloseTo(Math.sqrt((36 + 16 + 196 + 256 + 16) / 5.0), within(1e-12));
    assertThat(s.count()).isEqualTo(5);
    assertThat(s.since()).isEqualTo(LocalDate.of(2020, 7, 27));
  }

  @Test
  void laterObservationsThanTheAsOfDateAreIgnored() {
    ValuationStats s = ValuationStats.of("HSTECH.HI", series(30, 20, 10, 40, 5), LocalDate.of(2020, 7, 29));
    assertThat(s.peTtm()).isEqualTo(10);
    assertThat(s.percentile()).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void noObservationIsAnError() {
    assertThatThrownBy(() -> ValuationStats.of("HSTECH.HI", series(30), LocalDate.of(2019, 1, 1)))
        .hasMessageContaining("HSTECH.HI").hasMessageContaining("2019-01-01");
  }

  @Test
  void aLossYearsNegativePeIsLeftOutOfThePercentileAndCounted() {
    // -50 would be the "cheapest" observation; it has no place on the PE scale
    ValuationStats s = ValuationStats.of("HSTECH.HI", series(30, -50, 0, 10, 40, 20), LocalDate.of(2020, 8, 1));
    assertThat(s.excludedNonpositive()).isEqualTo(2);
    assertThat(s.count()).isEqualTo(4);
    assertThat(s.percentile()).isEqualTo(2.0 / 4); // 10 and 20 of 30, 10, 40, 20
    assertThat(s.mean()).isEqualTo(25.0);
  }

  @Test
  void aNegativeCurrentPeHasNoPercentile() {
    ValuationStats s = ValuationStats.of("HSTECH.HI", series(30, 20, -5), LocalDate.of(2020, 7, 29));
    assertThat(s.percentile()).isNaN();
    assertThat(s.excludedNonpositive()).isEqualTo(1);
  }
}
