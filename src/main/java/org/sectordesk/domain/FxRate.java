package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An exchange rate: one unit of {@code base} costs {@code rate} units of {@code quote}
 * (USD/CNY 7.1877 means 1 USD = 7.1877 CNY), with where it came from.
 *
 * @param source the feed it came from ({@code yahoo}, {@code fred}, {@code wind}, {@code desk} …); two sources of
 *               the same pair and day are both kept
 * @param kind   a day's fixing, a month's average or a month-end rate
 */
public record FxRate(LocalDate date, String base, String quote, double rate, String source, FxKind kind) {
  /** Source of rates that did not say where they came from. */
  public static final String UNKNOWN_SOURCE = "desk";

  public FxRate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(quote, "quote");
    source = source == null || source.isBlank() ? UNKNOWN_SOURCE : source.trim();
    kind = kind == null ? FxKind.DAILY : kind;
    if (base.length() != 3 || quote.length() != 3) {
      throw new IllegalArgumentException("currencies must be ISO codes, got '" + base + "/" + quote + "'");
    }
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("rate " + base + "/" + quote + " on " + date + " must be positive, got " + rate);
    }
  }

  /** A daily fixing of unstated source. */
  public FxRate(LocalDate date, String base, String quote, double rate) {
    this(date, base, quote, rate, UNKNOWN_SOURCE, FxKind.DAILY);
  }

  public String pair() {
    return base + "/" + quote;
  }

  public LocalDate knownFrom() {
    return kind.knownFrom(date);
  }
}
