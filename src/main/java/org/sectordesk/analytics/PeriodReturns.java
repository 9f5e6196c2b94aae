package org.sectordesk.analytics;

import java.time.LocalDate;
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

  /**
   * The return with what the desk knows about the data: a series that stops before its market's last trading
   * day of the period (and has no recorded delisting) is {@link ReturnStatus#STALE}; a name without trades in
   * the period is suspended ({@link ReturnStatus#NO_TRADES_IN_PERIOD}, 0) only when its data goes on after the
   * period or its delisting is recorded.
   *
   * @param dataThrough   the series' last day in the store ({@code null}: only what {@code closes} shows)
   * @param marketLastDay the last day on which any series of the name's market has a bar inside the period;
   *                      {@code null} when the data shows no trading in the period
   * @param delisted      the recorded first day without trading after a delisting, or {@code null}
   */
  public static PeriodReturn compute(PeriodCloses closes, LocalDate dataThrough, LocalDate marketLastDay,
      LocalDate delisted) {
    PeriodReturn plain = compute(closes);
    LocalDate through = dataThrough != null ? dataThrough : plain.end() == null ? null : plain.end().date();
    if (plain.end() == null) {
      return withThrough(plain, through);
    }
    Period p = closes.period();
    LocalDate last = plain.end().date();
    boolean goesOn = through != null && through.isAfter(p.end());
    boolean delistedByEnd = delisted != null && !delisted.isAfter(p.end());
    boolean stale;
    if (goesOn || delistedByEnd) {
      stale = false;
    } else if (marketLastDay != null) {
      stale = last.isBefore(marketLastDay);
    } else {
      // nothing of its market traded in the period: a series that stops before it is not evidence of a 0% month
      stale = last.isBefore(p.start());
    }
    if (stale) {
      return new PeriodReturn(plain.code(), p, plain.base(), plain.end(), Double.NaN, ReturnStatus.STALE, through);
    }
    return withThrough(plain, through);
  }

  private static PeriodReturn withThrough(PeriodReturn r, LocalDate through) {
    return new PeriodReturn(r.code(), r.period(), r.base(), r.end(), r.value(), r.status(), through);
  }

  public static PeriodReturn compute(PriceHistory history, Period period) {
    return compute(PeriodCloses.of(history, period));
  }

  /** Difference of two returns in percentage points, as a fraction (0.148 prints as 14.8pct). */
  public static double excess(double ret, double benchmarkReturn) {
    return ret - benchmarkReturn;
  }
}
