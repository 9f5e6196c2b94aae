package org.sectordesk.analytics;

import java.time.LocalDate;
import org.sectordesk.domain.Security;

/**
 * One line of the coverage review (seed 000, figure 3).
 *
 * @param periodReturn     the period's return
 * @param benchmark        the index the name is measured against, or {@code null} when its market has none
 * @param benchmarkReturn  that index's return over the period (NaN when none)
 * @param vsBenchmark      return minus benchmark return: a fraction of percentage points (0.148 prints 14.8pct)
 * @param ytd              year-to-date return as of the period end
 * @param close            raw close of the last trading day on or before the period end (NaN when none)
 * @param closeDate        that day
 * @param marketCap        market cap in the trading currency on that day (NaN when shares are unknown)
 * @param marketCapBaseYi  market cap in the workspace's base currency, in 亿 (10^8), at that day's FX
 * @param fx               the FX rate used for the cap in the base currency (value, day, source); null when none
 *                         was needed or known
 */
public record ReviewRow(Security security, PeriodReturn periodReturn, String benchmark, double benchmarkReturn,
    double vsBenchmark, PeriodReturn ytd, double close, LocalDate closeDate, double marketCap,
    double marketCapBaseYi, FxTable.Quote fx) {

  /** The day of the FX value used, or null. */
  public LocalDate fxDate() {
    return fx == null ? null : fx.date();
  }
}
