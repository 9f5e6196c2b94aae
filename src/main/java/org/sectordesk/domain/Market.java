package org.sectordesk.domain;

import java.util.Locale;

/** Where a security trades. The Wind-style code suffix tells it; a workspace may say otherwise. */
public enum Market {
  /** Hong Kong (HKEX): {@code 0700.HK}, indices {@code HSI.HI}. */
  HK,
  /** United States (Nasdaq {@code .O}, NYSE {@code .N}, NYSE American {@code .A}); global indices {@code .GI}. */
  US,
  /** Mainland A-shares (Shanghai {@code .SH}, Shenzhen {@code .SZ}, Beijing {@code .BJ}); CSI and SW indices. */
  CN,
  /** National Equities Exchange and Quotations (新三板). */
  NEEQ;

  /** The market a Wind-style code belongs to, from its suffix. */
  public static Market ofCode(String code) {
    int dot = code.lastIndexOf('.');
    if (dot < 0 || dot == code.length() - 1) {
      throw new IllegalArgumentException("code '" + code + "' has no exchange suffix (e.g. 0700.HK, IQ.O, 600986.SH)");
    }
    String suffix = code.substring(dot + 1).toUpperCase(Locale.ROOT);
    switch (suffix) {
      case "HK": case "HI": return HK;
      case "O": case "N": case "A": case "GI": return US;
      case "SH": case "SZ": case "BJ": case "CSI": case "SI": case "WI": return CN;
      case "NQ": case "OC": return NEEQ;
      default:
        throw new IllegalArgumentException("code '" + code + "' has an unknown exchange suffix '" + suffix + "'");
    }
  }

  /** The currency a market's securities trade in. */
  public String tradingCurrency() {
    switch (this) {
      case HK: return "HKD";
      case US: return "USD";
      default: return "CNY";
    }
  }
}
