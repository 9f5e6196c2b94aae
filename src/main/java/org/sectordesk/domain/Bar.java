package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One trading day of a security or index. Open, high, low and volume may be {@code NaN} when the
 * source does not give them (index levels, FX-style series); the adjusted close is required. The raw close is
 * {@code NaN} only in a bar from a file of adjusted prices only ({@link #adjustedOnly}): the raw price of that day
 * is unknown, and whatever shows a close or computes a market cap from it shows it as missing.
 *
 * @param adjClose close adjusted for splits and dividends; equals {@code close} when the source has none
 */
public record Bar(String code, LocalDate date, double open, double high, double low, double close,
    double adjClose, double volume, String currency) {

  public Bar {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(currency, "currency");
    if (!Double.isNaN(close) && (!(close > 0) || Double.isInfinite(close))) {
      throw new IllegalArgumentException("close of " + code + " on " + date + " must be positive, got " + close);
    }
    if (!(adjClose > 0) || Double.isInfinite(adjClose)) {
      throw new IllegalArgumentException("adjusted close of " + code + " on " + date + " must be positive, got " + adjClose);
    }
    if (volume < 0) {
      throw new IllegalArgumentException("volume of " + code + " on " + date + " must not be negative, got " + volume);
    }
  }

  /** A bar from a file of adjusted prices only: the raw open, high, low and close are unknown. */
  public static Bar adjustedOnly(String code, LocalDate date, double adjClose, double volume, String currency) {
    return new Bar(code, date, Double.NaN, Double.NaN, Double.NaN, Double.NaN, adjClose, volume, currency);
  }

  /** True when the raw close is known (false for a bar of {@link #adjustedOnly} prices). */
  public boolean hasRawClose() {
    return !Double.isNaN(close);
  }

  /** A bar that has only a close (index levels, most valuation-style series). */
  public static Bar closeOnly(String code, LocalDate date, double close, String currency) {
    return new Bar(code, date, Double.NaN, Double.NaN, Double.NaN, close, close, Double.NaN, currency);
  }
}
