package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An exchange rate: one unit of {@code base} costs {@code rate} units of {@code quote}
 * (USD/CNY 7.1877 means 1 USD = 7.1877 CNY).
 */
public record FxRate(LocalDate date, String base, String quote, double rate) {
  public FxRate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(quote, "quote");
    if (base.length() != 3 || quote.length() != 3) {
      throw new IllegalArgumentException("currencies must be ISO codes, got '" + base + "/" + quote + "'");
    }
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("rate " + base + "/" + quote + " on " + date + " must be positive, got " + rate);
    }
  }

  public String pair() {
    return base + "/" + quote;
  }
}
