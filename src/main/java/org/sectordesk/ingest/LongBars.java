package org.sectordesk.ingest;

import java.io.IOException;
import java.time.LocalDate;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityKind;

/** Reads bars from a long table (one row per code and date) whose columns a {@link BarColumns} names. */
final class LongBars {
  static final String NO_TRADE = "no price on the row (a day without trading)";
  static final String ZERO_VOLUME = "zero volume, open = high = low = close and the previous close repeated (a yfinance holiday copy)";
  static final String EVENT = "dividend or split event row";

  private LongBars() {}

  static void read(Table table, ReadContext ctx, BarColumns cols, String symbolHint, Series<Bar> out) throws IOException {
    LongTable t = new LongTable(table, ctx, cols.vendor(), cols.code(), symbolHint);
    if (!t.usable()) {
      return;
    }
    Header h = t.header();
    Problems problems = ctx.problems;
    int dateCol = h.require(problems, "date", cols.date());
    int closeCol = h.find(cols.close());
    int adjCol = h.find(cols.adjClose());
    if (closeCol < 0 && adjCol < 0) {
      h.require(problems, "close", cols.close());
    }
    if (dateCol < 0 || (closeCol < 0 && adjCol < 0)) {
      return;
    }
    boolean adjustedOnly = switch (ctx.request.priceBasis()) {
      case ADJUSTED -> true;
      case RAW -> false;
      // yfinance writes adjusted prices without an Adj Close column (history(), download(auto_adjust=True))
      case AUTO -> cols.yahoo() && adjCol < 0;
    };
    if (closeCol < 0) {
      closeCol = adjCol;
    }
    java.util.Set<String> adjustedCodes = new java.util.TreeSet<>();
    int openCol = h.find(cols.open());
    int highCol = h.find(cols.high());
    int lowCol = h.find(cols.low());
    int volumeCol = h.find(cols.volume());
    int currencyCol = h.find(cols.currency());
    double volumeUnit = volumeCol < 0 ? 1 : h.multiplier(volumeCol);
    int changeCol = h.find(cols.change());
    RowReader r = ctx.reader;
    if (cols.yahoo()) {
      t.deferFieldCheck();
    }
    TableRow row;
    while ((row = t.next()) != null) {
      String first = Header.clean(row.cell(0));
      if (cols.yahoo() && (first.equals("Ticker") || (first.equals("Date") && row.cell(closeCol).isBlank()))) {
        continue;
      }
      if (cols.yahoo() && isEvent(row, openCol)) {
        problems.dropped(EVENT, row.where());
        continue;
      }
      if (cols.yahoo()) {
        t.checkFields(row);
      }
      if (cols.vendor() && Numbers.isMissing(row.cell(closeCol)) && Numbers.isMissing(row.cell(adjCol))
          && Numbers.isMissing(row.cell(openCol)) && Numbers.isMissing(row.cell(highCol))
          && Numbers.isMissing(row.cell(lowCol))) {
        problems.dropped(NO_TRADE, row.where());
        continue;
      }
      Security s = t.security(row);
      LocalDate date = r.date(row, dateCol, "date");
      double close = r.price(row, closeCol, "close", true);
      double adj = adjCol < 0 || Numbers.isMissing(row.cell(adjCol)) ? close : r.price(row, adjCol, "adj_close", true);
      double open = r.price(row, openCol, "open", false);
      double high = r.price(row, highCol, "high", false);
      double low = r.price(row, lowCol, "low", false);
      double volume = r.volume(row, volumeCol, "volume", volumeUnit, cols.volumeSuffix());
      String currency = s == null ? null : Currencies.read(row, currencyCol, s.currency(), r);
      if (changeCol >= 0 && s != null && date != null) {
        ctx.statedChange(row, changeCol, s.code(), date);
      }
      if (r.bad() || s == null) {
        continue;
      }
      boolean noTradeRow = cols.yahoo() && s.kind() == SecurityKind.STOCK && volume == 0 && open == high
          && high == low && low == close;
      if (!Double.isNaN(high) && !Double.isNaN(low) && high < low) {
        r.problem(row, highCol, "high", BarRules.highBelowLow(row.cell(highCol), row.cell(lowCol)));
        continue;
      }
      Bar bar;
      if (adjustedOnly && s.kind() != SecurityKind.INDEX) {
        // an index level is never adjusted: only a share's raw prices are unknown in an adjusted-only file
        bar = Bar.adjustedOnly(s.code(), date, adjCol >= 0 && !Numbers.isMissing(row.cell(adjCol)) ? adj : close, volume,
            currency);
        adjustedCodes.add(s.code());
      } else {
        bar = new Bar(s.code(), date, open, high, low, close, adj, volume, currency);
      }
      if (noTradeRow) {
        out.addNoTradeRow(s.code(), date, bar, row.where());
      } else {
        out.add(s.code(), date, bar, row.where());
      }
    }
    if (!adjustedCodes.isEmpty()) {
      problems.note("prices of " + String.join(", ", adjustedCodes) + " are adjusted only ("
          + (ctx.request.priceBasis() == PriceBasis.ADJUSTED ? "--price-basis adjusted"
              : "a Yahoo file without an Adj Close column: yfinance's adjusted prices")
          + "): returns use them; the raw close, open, high and low are stored as unknown, so closes and market caps"
          + " computed from them show as missing. Give --price-basis raw if the file's Close is the raw close");
    }
  }

  /** Yahoo's web table puts "0.525 Dividend" or "4:1 Stock Split" in the open column of an event row. */
  private static boolean isEvent(TableRow row, int openCol) {
    String open = row.cell(openCol);
    return open.contains("Dividend") || open.contains("Split");
  }
}
