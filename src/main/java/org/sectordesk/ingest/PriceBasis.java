package org.sectordesk.ingest;

import java.util.Locale;

/**
 * What a bar file's prices are ({@code import bars --price-basis}): raw closes (with or without an adjusted close
 * beside them), or adjusted prices only, as yfinance writes by default. An adjusted-only file gives no raw close:
 * its bars keep the adjusted close (returns) and store the raw close, open, high and low as unknown.
 */
public enum PriceBasis {
  /** Tell from the file: a Yahoo / yfinance file without an {@code Adj Close} column is adjusted only. */
  AUTO,
  /** The close column is the raw close. */
  RAW,
  /** Every price in the file is adjusted for dividends and splits; the raw close is unknown. */
  ADJUSTED;

  /** {@code auto}, {@code raw} or {@code adjusted}. */
  public static PriceBasis fromCliName(String name) {
    if (name == null || name.isBlank()) {
      return AUTO;
    }
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--price-basis takes auto, raw or adjusted (got '" + name + "')");
    }
  }
}
