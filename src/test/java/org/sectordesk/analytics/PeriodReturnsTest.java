package org.sectordesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PriceHistory;

class PeriodReturnsTest {
  static PriceHistory history(String code, String[] dates, double[] close, double[] adj) {
    LocalDate[] d = new LocalDate[dates.length];
    for (int i = 0; i < dates.length; i++) {
      d[i] = LocalDate.parse(dates[i]);
    }
    return PriceHistory.of(code, d, close, adj);
  }

  static PriceHistory history(String code, String[] dates, double[] close) {
    return history(code, dates, close, close);
  }

  @Test
  void monthReturnRunsFromLastCloseBeforeStartToLastCloseOnOrBeforeEnd() {
    // Nasdaq Composite, November 2024: 18,095.15 on Oct 31 to 19,218.17 on Nov 29 (Nov 30 is a Saturday)
    PriceHistory ixic = history("IXIC.GI", new String[] {"2024-10-30", "2024-10-31", "2024-11-01", "2024-11-29"},
        new double[] {18712.75, 18095.15, 18239.92, 19218.17});
    PeriodReturn r = PeriodReturns.compute(ixic, Period.month(YearMonth.of(2024, 11)));
    assertThat(r.status()).isEqualTo(ReturnStatus.NORMAL);
    assertThat(r.base().date()).isEqualTo(LocalDate.of(2024, 10, 31));
    assertThat(r.end().date()).isEqualTo(LocalDate.of(2024, 11, 29));
    assertThat(r.value() * 100).isCloseTo(6.2062, within(1e-4));
  }

  @Test
  void returnsUseAdjustedClosesButTheRowShowsTheRawClose() {
    // a dividend went ex inside the month: raw close fell, adjusted did not
    PriceHistory h = history("0700.HK", new String[] {"2024-05-31", "2024-06-28"},
        new double[] {100.0, 97.0}, new double[] {97.0, 97.0});
    PeriodReturn r = PeriodReturns.compute(h, Period.month(YearMonth.of(2024, 6)));
    assertThat(r.value()).isEqualTo(0.0);
    assertThat(r.end().close()).isEqualTo(97.0);
  }

  @Test
  void aNameListedDuringThePeriodIsMeasuredFromItsFirstClose() {
    PriceHistory h = history("NEW.O", new String[] {"2024-11-15", "2024-11-29"}, new double[] {10.0, 12.5});
    PeriodReturn r = PeriodReturns.compute(h, Period.month(YearMonth.of(2024, 11)));
    assertThat(r.status()).isEqualTo(ReturnStatus.LISTED_IN_PERIOD);
    assertThat(r.value()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void aSuspendedOrDelistedNameCarriesItsLastCloseAndReturnsZero() {
    PriceHistory h = history("ATVI.O", new String[] {"2023-10-12", "2023-10-13"}, new double[] {94.0, 94.5});
    PeriodReturn r = PeriodReturns.compute(h, Period.week(LocalDate.of(2024, 9, 2)));
    assertThat(r.status()).isEqualTo(ReturnStatus.NO_TRADES_IN_PERIOD);
    assertThat(r.value()).isEqualTo(0.0);
    assertThat(r.end().date()).isEqualTo(LocalDate.of(2023, 10, 13));
  }

  @Test
  void noCloseAtAllMeansNoReturn() {
    PriceHistory h = history("LATE.O", new String[] {"2025-01-02"}, new double[] {5.0});
    PeriodReturn r = PeriodReturns.compute(h, Period.month(YearMonth.of(2024, 11)));
    assertThat(r.status()).isEqualTo(ReturnStatus.NO_DATA);
    assertThat(r.hasValue()).isFalse();
    assertThat(r.value()).isNaN();
  }

  @Test
  void holidaysThatDifferByMarketPickEachMarketsOwnLastTradingDay() {
    // HK closed on 2024-10-01 (National Day), US open; HK closed 2024-10-11 (Chung Yeung)
    Period oct1to11 = Period.custom(LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 11));
    PriceHistory hk = history("0700.HK", new String[] {"2024-09-30", "2024-10-02", "2024-10-10"},
        new double[] {100, 90, 95});
    PriceHistory us = history("IQ.O", new String[] {"2024-10-01", "2024-10-02", "2024-10-11"},
        new double[] {2.0, 2.1, 2.2});
    PeriodReturn rHk = PeriodReturns.compute(hk, oct1to11);
    PeriodReturn rUs = PeriodReturns.compute(us, oct1to11);
    assertThat(rHk.base().date()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(rHk.end().date()).isEqualTo(LocalDate.of(2024, 10, 10));
    assertThat(rHk.value()).isCloseTo(-0.05, within(1e-12));
    assertThat(rUs.base().date()).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(rUs.value()).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void weekIsMondayToFriday() {
    Period w = Period.week(LocalDate.of(2024, 9, 4));
    assertThat(w.start()).isEqualTo(LocalDate.of(2024, 9, 2));
    assertThat(w.end()).isEqualTo(LocalDate.of(2024, 9, 6));
  }
}
