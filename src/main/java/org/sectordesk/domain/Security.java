package org.sectordesk.domain;

import java.util.Objects;

/**
 * A security the desk follows: a share, an ADR or an index.
 *
 * @param code      Wind-style code, e.g. {@code 0700.HK}
 * @param nameZh    Chinese short name, e.g. 腾讯控股
 * @param nameEn    English name; may be empty
 * @param market    where it trades
 * @param currency  trading currency (ISO code)
 * @param kind      share or index
 * @param subSector the analyst's sub-sector (文娱, 游戏 …); empty when none
 * @param delisted  the first day without trading after a delisting the analyst recorded ({@code delisted:} in
 *                  desk.yaml); {@code null} when none. Only a recorded delisting turns data that stops into a
 *                  delisted name; without one, data that stops is stale.
 */
public record Security(String code, String nameZh, String nameEn, Market market, String currency,
    SecurityKind kind, String subSector, java.time.LocalDate delisted) {

  public Security(String code, String nameZh, String nameEn, Market market, String currency, SecurityKind kind,
      String subSector) {
    this(code, nameZh, nameEn, market, currency, kind, subSector, null);
  }

  public Security {
    code = SecurityCodes.normalise(code);
    Objects.requireNonNull(nameZh, "nameZh");
    nameEn = nameEn == null ? "" : nameEn;
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(kind, "kind");
    subSector = subSector == null ? "" : subSector;
    if (currency.length() != 3) {
      throw new IllegalArgumentException("currency of " + code + " must be an ISO code like HKD, got '" + currency + "'");
    }
  }

  /** A share on its own market, trading in the market's currency. */
  public static Security stock(String code, String nameZh, String nameEn, String subSector) {
    String c = SecurityCodes.normalise(code);
    Market m = Market.ofCode(c);
    return new Security(c, nameZh, nameEn, m, m.tradingCurrency(), SecurityKind.STOCK, subSector);
  }

  /** An index. */
  public static Security index(String code, String nameZh, String nameEn) {
    String c = SecurityCodes.normalise(code);
    Market m = Market.ofCode(c);
    return new Security(c, nameZh, nameEn, m, m.tradingCurrency(), SecurityKind.INDEX, "");
  }

  /** The same security with a recorded delisting. */
  public Security delistedOn(java.time.LocalDate day) {
    return new Security(code, nameZh, nameEn, market, currency, kind, subSector, day);
  }

  /** The name to print: Chinese when there is one. */
  public String displayName() {
    return nameZh.isEmpty() ? nameEn : nameZh;
  }
}
