package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Shares outstanding, or a reported market capitalisation in the trading currency, from a date on.
 * At least one of the two is given; the other is {@code NaN}.
 */
public record Capitalisation(String code, LocalDate date, double shares, double marketCap) {
  public Capitalisation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    if (Double.isNaN(shares) && Double.isNaN(marketCap)) {
      throw new IllegalArgumentException("capitalisation of " + code + " on " + date + " needs shares or market cap");
    }
    if (!Double.isNaN(shares) && !(shares > 0)) {
      throw new IllegalArgumentException("shares of " + code + " on " + date + " must be positive, got " + shares);
    }
    if (!Double.isNaN(marketCap) && !(marketCap > 0)) {
      throw new IllegalArgumentException("market cap of " + code + " on " + date + " must be positive, got " + marketCap);
    }
  }

  public static Capitalisation shares(String code, LocalDate date, double shares) {
    return new Capitalisation(code, date, shares, Double.NaN);
  }

  public static Capitalisation marketCap(String code, LocalDate date, double marketCap) {
    return new Capitalisation(code, date, Double.NaN, marketCap);
  }
}
