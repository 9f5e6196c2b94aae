package org.sectordesk.analytics;

import org.sectordesk.domain.Capitalisation;

/** Market capitalisation from shares and price. 1 亿 = 10^8. */
public final class MarketCap {
  public static final double YI = 1e8;
  public static final double MILLION = 1e6;

  private MarketCap() {}

  /**
   * Market cap in the trading currency: shares × close when shares are known, else the reported
   * market cap; {@code NaN} when neither.
   */
  public static double inTradingCurrency(Capitalisation cap, double close) {
    if (cap == null) {
      return Double.NaN;
    }
    if (!Double.isNaN(cap.shares())) {
      return cap.shares() * close;
    }
    return cap.marketCap();
  }
}
