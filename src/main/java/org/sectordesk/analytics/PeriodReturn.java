package org.sectordesk.analytics;

import java.time.LocalDate;
import java.util.Objects;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.Period;

/**
 * A security's return over a period, as a fraction (0.052 = +5.2%), computed on adjusted closes.
 *
 * @param base  the close it is measured from; {@code null} when {@link ReturnStatus#NO_DATA}
 * @param end   the close it is measured to (its raw close is the one to show); {@code null} when no data
 * @param value {@code NaN} when {@link ReturnStatus#NO_DATA} or {@link ReturnStatus#STALE}
 * @param dataThrough the last day of the whole series (after the period for a series that goes on);
 *                    {@code null} when it has no data
 */
public record PeriodReturn(String code, Period period, DatedClose base, DatedClose end, double value,
    ReturnStatus status, LocalDate dataThrough) {

  public PeriodReturn {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
    if (status == ReturnStatus.STALE || status == ReturnStatus.NO_DATA) {
      value = Double.NaN;
    }
  }

  /** A return whose series is known only as far as its last close in the period. */
  public PeriodReturn(String code, Period period, DatedClose base, DatedClose end, double value, ReturnStatus status) {
    this(code, period, base, end, value, status, end == null ? null : end.date());
  }

  public boolean hasValue() {
    return status != ReturnStatus.NO_DATA && status != ReturnStatus.STALE;
  }

  /** True when the series stops before the period's last trading day: the number would be wrong. */
  public boolean isStale() {
    return status == ReturnStatus.STALE;
  }
}
