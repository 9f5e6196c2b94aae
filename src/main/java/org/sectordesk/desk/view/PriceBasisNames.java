package org.sectordesk.desk.view;

import java.time.LocalDate;

/**
 * JSON {@code price_basis} of a shown close: {@code raw} when the close is the day's raw close, {@code adjusted} when
 * only adjusted prices are stored for that day (the close and a market cap computed from it are null), null when
 * there is no close at all.
 */
public final class PriceBasisNames {
  public static final String RAW = "raw";
  public static final String ADJUSTED = "adjusted";

  private PriceBasisNames() {}

  public static String of(LocalDate closeDate, double close) {
    if (closeDate == null) {
      return null;
    }
    return Double.isNaN(close) ? ADJUSTED : RAW;
  }
}
