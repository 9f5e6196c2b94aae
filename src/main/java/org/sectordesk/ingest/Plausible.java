package org.sectordesk.ingest;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The range a number of each kind of field can plausibly take. A value outside it (an overflowed
 * {@code 1e308}, a unit slip, half a share) is refused at import with the file, line and field, never stored.
 * The ranges are documented in the README ("Plausible values").
 */
public enum Plausible {
  /** A share price or index level in its trading currency: open, high, low, close, adjusted close. */
  PRICE(0, 1e7, false, false, "a price or index level"),
  /** Shares or index units traded in a day. */
  VOLUME(0, 1e13, true, false, "a daily volume"),
  /** Shares outstanding: a whole number of at least one. */
  SHARES(1, 1e13, true, true, "a share count"),
  /** Market capitalisation in the trading currency. */
  MARKET_CAP(0, 1e15, false, false, "a market capitalisation"),
  /** Units of quote currency for one unit of base currency. */
  FX_RATE(1e-6, 1e6, true, false, "an exchange rate"),
  /** PE ratio (trailing or forward); negative for a loss. */
  PE(-1e5, 1e5, true, false, "a PE ratio"),
  /** Earnings per share, in the reporting currency; negative for a loss. */
  EPS(-1e5, 1e5, true, false, "an EPS"),
  /** Revenue or profit of a company, in units of its reporting currency (a loss is negative). */
  COMPANY_TOTAL(-1e15, 1e15, true, false, "a company figure"),
  /** A daily change in percent. */
  CHANGE_PCT(-100, 10_000, true, false, "a daily change in percent");

  private final double min;
  private final double max;
  private final boolean minInclusive;
  private final boolean whole;
  private final String what;

  Plausible(double min, double max, boolean minInclusive, boolean whole, String what) {
    this.min = min;
    this.max = max;
    this.minInclusive = minInclusive;
    this.whole = whole;
    this.what = what;
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  /** The range in words, as the README and messages print it: {@code greater than 0 and at most 10000000}. */
  public String range() {
    return (minInclusive ? "at least " : "greater than ") + plain(min) + " and at most " + plain(max)
        + (whole ? ", a whole number" : "");
  }

  /** Null when the value is plausible (NaN, a missing value, is the caller's business); else what is wrong. */
  public String check(double v) {
    if (Double.isNaN(v)) {
      return null;
    }
    if (Double.isInfinite(v) || v > max || v < min || (!minInclusive && v == min)) {
      return "'" + Echo.shorten(plain(v), 40) + "' is not " + what + " (" + range() + ")";
    }
    if (whole && Math.abs(v - Math.rint(v)) > 1e-6 * Math.max(1, Math.abs(v))) {
      return "'" + plain(v) + "' is not " + what + " (" + range() + ")";
    }
    return null;
  }

  /** The range for a field as the readers name it, or null for a field without one (only finite then). */
  public static Plausible forField(String field) {
    switch (field.toLowerCase(Locale.ROOT)) {
      case "open": case "high": case "low": case "close": case "adj_close": case "sp500": case "price":
        return PRICE;
      case "volume":
        return VOLUME;
      case "shares":
        return SHARES;
      case "market_cap":
        return MARKET_CAP;
      case "rate": case "exchange rate":
        return FX_RATE;
      case "pe_ttm": case "pe":
        return PE;
      case "eps": case "earnings":
        return EPS;
      default:
        return null;
    }
  }

  static String plain(double v) {
    if (Double.isInfinite(v) || Double.isNaN(v)) {
      return Double.toString(v);
    }
    String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return s.length() > 24 ? Double.toString(v) : s;
  }
}
