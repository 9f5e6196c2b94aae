package org.sectordesk.analytics;

import java.util.Objects;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.Period;

/**
 * A security's return over a period, as a fraction (0.052 = +5.2%), computed on adjusted closes.
 *
 * @param base  the close it is measured from; {@code null} when {@link ReturnStatus#NO_DATA}
 * @param end   the close it is measured to (its raw close is the one to show); {@code null} when no data
 * @param value {@code NaN} when {@link ReturnStatus#NO_DATA}
 */
public record PeriodReturn(String code, Period period, DatedClose base, DatedClose end, double value,
    ReturnStatus status) {

  public PeriodReturn {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
  }

  public boolean hasValue() {
    return status != ReturnStatus.NO_DATA;
  }
}
