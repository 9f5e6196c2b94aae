package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/** An index's (or a stock's) trailing price/earnings ratio on a day. Negative PE-TTM is kept as given. */
public record ValuationPoint(String code, LocalDate date, double peTtm) {
  public ValuationPoint {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    if (Double.isNaN(peTtm) || Double.isInfinite(peTtm)) {
      throw new IllegalArgumentException("PE-TTM of " + code + " on " + date + " must be a number, got " + peTtm);
    }
  }
}
