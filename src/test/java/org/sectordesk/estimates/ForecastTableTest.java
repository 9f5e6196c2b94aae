package org.sectordesk.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectordesk.analytics.FxTable;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.EpsEstimate;
import org.sectordesk.domain.FxRate;

/** The seed's 重点公司盈利预测及投资评级 table (2024-12-02) derived from close, EPS and FX. */
class ForecastTableTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 2);
  private static final FxTable FX = FxTable.of(List.of(new FxRate(LocalDate.of(2024, 11, 29), "HKD", "CNY", 0.9236)));

  private static ForecastRow row(String code, double close, double eps24, double eps25, double sharesMn) {
    EstimateHistory h = new EstimateHistory(List.of(EpsEstimate.of(code, 2024, eps24, "CNY", LocalDate.of(2024, 11, 20)),
        EpsEstimate.of(code, 2025, eps25, "CNY", LocalDate.of(2024, 11, 20))));
    ForecastTable.NameOnDate n = new ForecastTable.NameOnDate(code, "", "HKD", new DatedClose(AS_OF, close, close),
        Capitalisation.shares(code, LocalDate.of(2024, 9, 30), sharesMn * 1e6), "优于大市", "guosen");
    return ForecastTable.row(n, h, FX, AS_OF, List.of(2024, 2025));
  }

  @ParameterizedTest(name = "{0}: close {1}, EPS {2}/{3} CNY → PE {4}/{5}")
  @CsvSource({
      "0700.HK, 398.0, 24.1, 26.3, 15, 14",
      "9999.HK, 134.4, 11.2, 12.0, 11, 10",
      "3690.HK, 168.7, 7.1, 8.6, 22, 18",
      "9988.HK, 83.7, 7.8, 8.5, 10, 9",
  })
  void seedPesFromCloseEpsAndFx(String code, double close, double eps24, double eps25, long pe24, long pe25) {
    ForecastRow r = row(code, close, eps24, eps25, 1000);
    assertThat(r.years().get(0).pe()).isCloseTo(close * 0.9236 / eps24, within(1e-9));
    assertThat(Math.round(r.years().get(0).pe())).isEqualTo(pe24);
    assertThat(Math.round(r.years().get(1).pe())).isEqualTo(pe25);
    assertThat(r.years().get(0).fx()).isEqualTo(0.9236);
  }

  @Test
  void tencentPrintsFifteen() {
    ForecastRow r = row("0700.HK", 398.0, 24.1, 26.3, 9267.4);
    assertThat(r.years().get(0).pe()).isCloseTo(15.25, within(0.01));
    assertThat(r.mcapMn()).isCloseTo(3_688_425, within(1.0));   // the seed prints 3,688,428
    assertThat(r.rating()).isEqualTo("优于大市");
  }

  @Test
  void fxComesFromTheLastFixingOnOrBeforeTheAsOfDate() {
    FxTable fx = FxTable.of(List.of(new FxRate(LocalDate.of(2024, 11, 29), "HKD", "CNY", 0.9236),
        new FxRate(LocalDate.of(2024, 12, 3), "HKD", "CNY", 0.5)));
    EstimateHistory h = new EstimateHistory(List.of(EpsEstimate.of("0700.HK", 2024, 24.1, "CNY", AS_OF)));
    ForecastRow r = ForecastTable.row(new ForecastTable.NameOnDate("0700.HK", "", "HKD", new DatedClose(AS_OF, 398, 398),
        null, "", ""), h, fx, AS_OF, List.of(2024));
    assertThat(r.years().get(0).fx()).isEqualTo(0.9236);
    assertThat(r.mcapMn()).isNaN();
  }

  @Test
  void crossRateThroughUsdWhenThePairIsNotStored() {
    FxTable fx = FxTable.of(List.of(new FxRate(LocalDate.of(2024, 12, 2), "USD", "HKD", 7.7812),
        new FxRate(LocalDate.of(2024, 12, 2), "USD", "CNY", 7.2672)));
    EstimateHistory h = new EstimateHistory(List.of(EpsEstimate.of("0700.HK", 2024, 24.1, "CNY", AS_OF)));
    ForecastRow r = ForecastTable.row(new ForecastTable.NameOnDate("0700.HK", "", "HKD", new DatedClose(AS_OF, 398, 398),
        null, "", ""), h, fx, AS_OF, List.of(2024));
    assertThat(r.years().get(0).fx()).isCloseTo(7.2672 / 7.7812, within(1e-12));
    assertThat(Math.round(r.years().get(0).pe())).isEqualTo(15);
  }

  @Test
  void adrEpsPerShareIsScaledToPerAds() {
    // 8 ordinary shares per ADS; EPS 7.8 CNY per share; ADS at USD 85, USD/CNY 7.25
    FxTable fx = FxTable.of(List.of(new FxRate(AS_OF, "USD", "CNY", 7.25)));
    EstimateHistory h = new EstimateHistory(List.of(
        new EpsEstimate("BABA.N", 2024, 7.8, "CNY", AS_OF, 8, Double.NaN, Double.NaN)));
    ForecastRow r = ForecastTable.row(new ForecastTable.NameOnDate("BABA.N", "", "USD", new DatedClose(AS_OF, 85, 85),
        null, "", ""), h, fx, AS_OF, List.of(2024));
    assertThat(r.years().get(0).pe()).isCloseTo(85 * 7.25 / (7.8 * 8), within(1e-12));
  }

  @Test
  void negativeEpsGivesANegativePeAndIsMarkedNotMeaningful() {
    FxTable fx = FxTable.of(List.of(new FxRate(AS_OF, "USD", "CNY", 7.2)));
    EstimateHistory h = new EstimateHistory(List.of(EpsEstimate.of("IQ.O", 2024, -0.2, "CNY", AS_OF),
        EpsEstimate.of("IQ.O", 2025, 0, "CNY", AS_OF)));
    ForecastRow r = ForecastTable.row(new ForecastTable.NameOnDate("IQ.O", "", "USD", new DatedClose(AS_OF, 2.0, 2.0),
        null, "", ""), h, fx, AS_OF, List.of(2024, 2025));
    assertThat(r.years().get(0).pe()).isCloseTo(-72.0, within(1e-9));
    assertThat(r.years().get(0).notMeaningful()).isTrue();
    assertThat(r.years().get(1).pe()).isNaN();
    assertThat(r.years().get(1).notMeaningful()).isTrue();
  }

  @Test
  void noEstimateForAYearLeavesItEmpty() {
    EstimateHistory h = new EstimateHistory(List.of(EpsEstimate.of("0700.HK", 2024, 24.1, "CNY", AS_OF)));
    ForecastRow r = ForecastTable.row(new ForecastTable.NameOnDate("0700.HK", "", "HKD", new DatedClose(AS_OF, 398, 398),
        null, "", ""), h, FX, AS_OF, List.of(2024, 2026));
    assertThat(r.years().get(1).eps()).isNaN();
    assertThat(r.years().get(1).pe()).isNaN();
    assertThat(r.years().get(1).notMeaningful()).isFalse();
  }
}
