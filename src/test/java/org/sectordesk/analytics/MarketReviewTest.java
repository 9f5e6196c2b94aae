package org.sectordesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.BenchmarkMap;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;

class MarketReviewTest {
  private static final LocalDate OCT31 = LocalDate.of(2024, 10, 31);
  private static final LocalDate NOV29 = LocalDate.of(2024, 11, 29);
  private static final LocalDate DEC29 = LocalDate.of(2023, 12, 29);

  private static PriceHistory h(String code, double dec29, double oct31, double nov29) {
    return PriceHistory.of(code, new LocalDate[] {DEC29, OCT31, NOV29},
        new double[] {dec29, oct31, nov29}, new double[] {dec29, oct31, nov29});
  }

  @Test
  void eachNameIsMeasuredAgainstItsOwnMarketsBenchmarkAndItsCapIsInCnyYi() {
    Security sea = Security.stock("SE.N", "SEA", "Sea Ltd", "电商");
    Security kingsoft = Security.stock("3888.HK", "金山软件", "Kingsoft", "SaaS");
    ReferenceData ref = ReferenceData.of(List.of(Security.index("HSTECH.HI", "恒生科技", ""),
            Security.index("IXIC.GI", "纳斯达克指数", ""), sea, kingsoft),
        List.of("SE.N", "3888.HK"), List.of(),
        new BenchmarkMap(Map.of(Market.HK, "HSTECH.HI", Market.US, "IXIC.GI")), "CNY");
    Period nov = Period.month(YearMonth.of(2024, 11));
    Map<String, PriceHistory> hist = Map.of(
        "HSTECH.HI", h("HSTECH.HI", 4000, 4600, 4600 * (1 - 0.0324)),
        "IXIC.GI", h("IXIC.GI", 15011.35, 18095.15, 19218.17),
        "SE.N", h("SE.N", 52.0, 113.8 / 1.21, 113.8),
        "3888.HK", h("3888.HK", 25.0, 31.4 / 1.1674, 31.4));
    java.util.HashMap<String, PeriodCloses> month = new java.util.HashMap<>();
    java.util.HashMap<String, PeriodCloses> ytd = new java.util.HashMap<>();
    hist.forEach((c, ph) -> {
      month.put(c, PeriodCloses.of(ph, nov));
      ytd.put(c, PeriodCloses.of(ph, Period.yearToDate(NOV29)));
    });
    FxTable fx = FxTable.of(List.of(new FxRate(NOV29, "USD", "CNY", 7.1877), new FxRate(NOV29, "USD", "HKD", 7.7827)));
    Map<String, Capitalisation> caps = Map.of("SE.N", Capitalisation.shares("SE.N", NOV29, 574_350_000),
        "3888.HK", Capitalisation.shares("3888.HK", LocalDate.of(2024, 6, 30), 1_336_000_000));

    MarketReview review = MarketReview.build(ref, ref.coverageSecurities(), nov, month, ytd, caps, fx);

    ReviewRow seaRow = review.rows().get(0);
    assertThat(seaRow.benchmark()).isEqualTo("IXIC.GI");
    assertThat(seaRow.periodReturn().value()).isCloseTo(0.21, within(1e-12));
    assertThat(seaRow.vsBenchmark()).isCloseTo(0.21 - (19218.17 / 18095.15 - 1), within(1e-12));
    assertThat(seaRow.ytd().value()).isCloseTo(113.8 / 52.0 - 1, within(1e-12));
    assertThat(seaRow.marketCapBaseYi()).isCloseTo(574_350_000 * 113.8 * 7.1877 / 1e8, within(1e-6));
    ReviewRow ksRow = review.rows().get(1);
    assertThat(ksRow.benchmark()).isEqualTo("HSTECH.HI");
    assertThat(ksRow.vsBenchmark()).isCloseTo(0.1674 + 0.0324, within(1e-12));
    assertThat(ksRow.marketCapBaseYi()).isCloseTo(1_336_000_000 * 31.4 * 7.1877 / 7.7827 / 1e8, within(1e-6));
    assertThat(review.benchmarkReturn("IXIC.GI").orElseThrow().value()).isCloseTo(0.062062, within(1e-6));
  }
}
