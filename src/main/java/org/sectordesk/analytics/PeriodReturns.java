package org.sectordesk.analytics;

import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.Period;

/**
 * Period returns by the house convention: the adjusted close of the last trading day on or before
 * the period end over the adjusted close of the last trading day before the period start, minus 1.
 */
public final class PeriodReturns {
  private PeriodReturns() {}

  public static PeriodReturn compute(PeriodCloses closes) {
    DatedClose last = closes.last();
    if (last == null) {
      return new PeriodReturn(closes.code(), closes.period(), null, null, Double.NaN, ReturnStatus.NO_DATA);
    }
    DatedClose before = closes.before();
    if (before == null) {
      DatedClose first = closes.first();
      if (first == null) {
        return new PeriodReturn(closes.code(), closes.period(), null, null, Double.NaN, ReturnStatus.NO_DATA);
      }
      return new PeriodReturn(closes.code(), closes.period(), first, last,
          last.adjClose() / first.adjClose() - 1, ReturnStatus.LISTED_IN_PERIOD);
    }
    ReturnStatus status = last.date().isBefore(closes.period().start())
        ? ReturnStatus.NO_TRADES_IN_PERIOD : ReturnStatus.NORMAL;
    return new PeriodReturn(closes.code(), closes.period(), before, last,
        last.adjClose() / before.adjClose() - 1, status);
  }

  public static PeriodReturn compute(PriceHistory history, Period period) {
    return compute(PeriodCloses.of(history, period));
  }

  /** Difference of two returns in percentage points, as a fraction (0.148 prints as 14.8pct). */
  public static double excess(double ret, double benchmarkReturn) {
    return ret - benchmarkReturn;
  }
}
