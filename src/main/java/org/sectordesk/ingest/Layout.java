package org.sectordesk.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The layout of an input file. {@link #AUTO} tells it from the header (see {@link LayoutDetector}). */
public enum Layout {
  /** Detect the layout from the header or sheet. */
  AUTO,
  /** Sector Desk's own CSV schemas (the README), also as an .xlsx sheet. */
  DESK,
  /** Yahoo Finance CSV: classic, reordered, yfinance history with time zone, 3-line multi-header. */
  YAHOO,
  /** investing.com Chinese CSV (日期,收盘,开盘,高,低,交易量,涨跌幅). */
  INVESTING,
  /** csindex.com.cn index file (date,open,high,low,close,amount_yi,pe). */
  CSINDEX,
  /** Wind / iFinD export, one row per code and date (代码, 日期, 收盘价, ...). */
  WIND_LONG,
  /** Wind / iFinD export, dates down the first column, codes (or FX pairs) across. */
  WIND_WIDE,
  /** FRED monthly exchange rates (Date,Country,Exchange rate). */
  FRED,
  /** Robert Shiller's monthly S&amp;P 500 data (Date,SP500,Dividend,Earnings,...). */
  SHILLER;

  /** The name on the command line: lower case with hyphens ({@code wind-long}). */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The layout for a command-line name; an error listing the names when there is none. */
  public static Layout fromCliName(String name) {
    for (Layout l : values()) {
      if (l.cliName().equalsIgnoreCase(name.trim()) || l.name().equalsIgnoreCase(name.trim())) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown layout '" + name + "': expected one of " + cliNames());
  }

  /** Every command-line name, separated by '|'. */
  public static String cliNames() {
    return Arrays.stream(values()).map(Layout::cliName).collect(Collectors.joining("|"));
  }
}
