package org.sectordesk.estimates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.EpsEstimate;

class EstimateHistoryTest {
  private final EstimateHistory h = new EstimateHistory(List.of(
      EpsEstimate.of("0700.HK", 2024, 25.0, "CNY", LocalDate.of(2024, 12, 10)),
      EpsEstimate.of("0700.HK", 2024, 22.5, "CNY", LocalDate.of(2024, 3, 20)),
      EpsEstimate.of("0700.HK", 2024, 24.1, "CNY", LocalDate.of(2024, 11, 14)),
      EpsEstimate.of("0700.HK", 2025, 26.3, "CNY", LocalDate.of(2024, 11, 14))));

  @Test
  void aNewerForecastSupersedesFromItsDateAndTheOldOneStays() {
    assertThat(h.inForce("0700.HK", 2024, LocalDate.of(2024, 12, 2)).orElseThrow().eps()).isEqualTo(24.1);
    assertThat(h.inForce("0700.HK", 2024, LocalDate.of(2024, 11, 13)).orElseThrow().eps()).isEqualTo(22.5);
    assertThat(h.inForce("0700.HK", 2024, LocalDate.of(2024, 12, 10)).orElseThrow().eps()).isEqualTo(25.0);
    assertThat(h.inForce("0700.HK", 2024, LocalDate.of(2024, 3, 19))).isEmpty();
    assertThat(h.revisions("0700.HK", 2024)).extracting(EpsEstimate::eps).containsExactly(22.5, 24.1, 25.0);
  }

  @Test
  void codesInForceOnADay() {
    assertThat(h.codesOn(LocalDate.of(2024, 1, 1))).isEmpty();
    assertThat(h.codesOn(LocalDate.of(2024, 12, 2))).containsExactly("0700.HK");
  }
}
