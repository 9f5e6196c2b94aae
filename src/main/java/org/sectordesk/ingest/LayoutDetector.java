package org.sectordesk.ingest;

import java.util.List;

/**
 * Tells a file's layout from its first rows (the header, and for wide sheets the first column).
 * The rules, in order (the README lists them too):
 * <ol>
 *   <li>first cell {@code Price} and the next row starting {@code Ticker}: Yahoo multi-header;</li>
 *   <li>{@code 日期} and {@code 收盘}, or {@code Price} and {@code Change %}: investing.com;</li>
 *   <li>{@code amount_yi}, or {@code pe} next to {@code close}: csindex;</li>
 *   <li>{@code Country} and {@code Exchange rate}: FRED;</li>
 *   <li>{@code SP500} and {@code Earnings}: Shiller;</li>
 *   <li>a Chinese code column (代码, 证券代码 ...) and a Chinese date column (日期, 交易日期): Wind long;</li>
 *   <li>a lower-case {@code date} column, or {@code code} and {@code date} in any case: Sector Desk's own CSV;</li>
 *   <li>{@code Date} and {@code Close} (or {@code Adj Close}) written as Yahoo writes them: Yahoo;</li>
 *   <li>dates down the first column under a header row: Wind wide.</li>
 * </ol>
 */
final class LayoutDetector {
  static final String[] WIND_CODE = {"代码", "证券代码", "wind代码", "股票代码", "证券代码_wind", "指数代码"};
  static final String[] WIND_DATE = {"日期", "交易日期", "时间", "截止日期"};

  private LayoutDetector() {}

  /** The layout, or null when the rows match none. */
  static Layout detect(List<TableRow> head) {
    int i = 0;
    while (i < head.size() && head.get(i).blank()) {
      i++;
    }
    if (i >= head.size()) {
      return null;
    }
    TableRow first = head.get(i);
    Header h = new Header(first);
    if (h.key(0).equals("price") && i + 1 < head.size() && Header.clean(head.get(i + 1).cell(0)).equals("Ticker")) {
      return Layout.YAHOO;
    }
    if ((h.has("日期") && h.has("收盘")) || (h.has("price") && h.has("change %"))) {
      return Layout.INVESTING;
    }
    if (h.has("amount_yi") || (h.has("pe") && h.has("close") && h.has("date"))) {
      return Layout.CSINDEX;
    }
    if (h.has("country") && h.has("exchange rate")) {
      return Layout.FRED;
    }
    if (h.has("sp500") && h.has("earnings")) {
      return Layout.SHILLER;
    }
    if (h.has(WIND_CODE) && h.has(WIND_DATE)) {
      return Layout.WIND_LONG;
    }
    if (h.hasExactly("date") || (h.has("code") && h.has("date"))) {
      return Layout.DESK;
    }
    if ((h.hasExactly("Date") || h.hasExactly("Datetime")) && (h.hasExactly("Close") || h.hasExactly("Adj Close"))) {
      return Layout.YAHOO;
    }
    for (int j = i + 1; j < head.size(); j++) {
      TableRow row = head.get(j);
      if (row.blank()) {
        continue;
      }
      if (isDate(row.cell(0))) {
        return first.size() >= 2 ? Layout.WIND_WIDE : null;
      }
    }
    return null;
  }

  static boolean isDate(String text) {
    if (text.isBlank()) {
      return false;
    }
    try {
      Dates.parseUncached(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
