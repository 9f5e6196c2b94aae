package org.sectordesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SeriesSpan;
import org.sectordesk.domain.TradingEvidence;

/** Stale vs suspended vs listed-in-period: what decides whether a period return is a number. */
class StaleDataTest {
  private static final Period NOV = Period.month(YearMonth.of(2025, 11));
  private static final LocalDate NOV28 = LocalDate.of(2025, 11, 28);

  private static PriceHistory h(String code, String... dates) {
    LocalDate[] d = new LocalDate[dates.length];
    double[] c = new double[dates.length];
    for (int i = 0; i < dates.length; i++) {
      d[i] = LocalDate.parse(dates[i]);
      c[i] = 100 + i;
    }
    return PriceHistory.of(code, d, c, c.clone());
  }

  private static PeriodReturn ret(PriceHistory h, Security s, TradingEvidence ev) {
    DataCoverage cov = new DataCoverage(
        Map.of(h.code(), new SeriesSpan(h.code(), h.firstDate(), h.lastDate(), h.size())), ev);
    return cov.periodReturn(s, PeriodCloses.of(h, NOV));
  }

  private static TradingEvidence hkTraded() {
    return new TradingEvidence(NOV, Map.of(Market.HK, NOV28));
  }

  @Test
  void aSeriesThatStopsBeforeThePeriodIsStaleNotZero() {
    PriceHistory hstech = h("HSTECH.HI", "2024-11-12", "2024-11-13");
    PeriodReturn r = ret(hstech, Security.index("HSTECH.HI", "恒生科技", ""), hkTraded());
    assertThat(r.status()).isEqualTo(ReturnStatus.STALE);
    assertThat(r.value()).isNaN();
    assertThat(r.hasValue()).isFalse();
    assertThat(r.dataThrough()).isEqualTo(LocalDate.of(2024, 11, 13));
  }

  @Test
  void aSeriesThatEndsInsideThePeriodBeforeItsMarketsLastDayIsStale() {
    PriceHistory s = h("0700.HK", "2025-10-31", "2025-11-03", "2025-11-13");
    assertThat(ret(s, Security.stock("0700.HK", "腾讯控股", "", ""), hkTraded()).status()).isEqualTo(ReturnStatus.STALE);
  }

  @Test
  void withoutEvidenceThatTheMarketTradedAStoppedSeriesIsStaleNotSuspended() {
    PriceHistory s = h("0700.HK", "2025-05-21", "2025-05-22");
    PeriodReturn r = ret(s, Security.stock("0700.HK", "腾讯控股", "", ""), TradingEvidence.none(NOV));
    assertThat(r.status()).isEqualTo(ReturnStatus.STALE);
  }

  @Test
  void aNameWithoutTradesWhoseDataGoesOnIsSuspendedAtZero() {
    PriceHistory s = h("0700.HK", "2025-10-30", "2025-10-31", "2025-12-01");
    PeriodReturn r = ret(s, Security.stock("0700.HK", "腾讯控股", "", ""), hkTraded());
    assertThat(r.status()).isEqualTo(ReturnStatus.NO_TRADES_IN_PERIOD);
    assertThat(r.value()).isZero();
  }

  @Test
  void aRecordedDelistingKeepsTheLastCloseAtZero() {
    PriceHistory s = h("ATVI.O", "2023-10-11", "2023-10-12");
    Security atvi = Security.stock("ATVI.O", "动视暴雪", "", "").delistedOn(LocalDate.of(2023, 10, 13));
    PeriodReturn r = ret(s, atvi, new TradingEvidence(NOV, Map.of(Market.US, NOV28)));
    assertThat(r.status()).isEqualTo(ReturnStatus.NO_TRADES_IN_PERIOD);
    assertThat(r.value()).isZero();
  }

  @Test
  void aNameListedInThePeriodIsMeasuredFromItsFirstClose() {
    PriceHistory s = h("2533.HK", "2025-11-10", "2025-11-28");
    PeriodReturn r = ret(s, Security.stock("2533.HK", "新股", "", ""), hkTraded());
    assertThat(r.status()).isEqualTo(ReturnStatus.LISTED_IN_PERIOD);
    assertThat(r.value()).isEqualTo(101.0 / 100 - 1);
  }

  @Test
  void aCurrentSeriesIsNormalAndKnowsHowFarItReaches() {
    PriceHistory s = h("0700.HK", "2025-10-31", "2025-11-28", "2026-03-26");
    PeriodReturn r = ret(s, Security.stock("0700.HK", "腾讯控股", "", ""), hkTraded());
    assertThat(r.status()).isEqualTo(ReturnStatus.NORMAL);
    assertThat(r.dataThrough()).isEqualTo(LocalDate.of(2026, 3, 26));
  }

  @Test
  void theEvidenceOfAnotherMarketDoesNotCount() {
    PriceHistory s = h("0700.HK", "2025-10-31", "2025-11-13");
    PeriodReturn r = ret(s, Security.stock("0700.HK", "腾讯控股", "", ""), new TradingEvidence(NOV, Map.of(Market.US, NOV28)));
    assertThat(r.status()).isEqualTo(ReturnStatus.NORMAL);
  }
}
