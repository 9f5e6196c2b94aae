package org.sectordesk.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.FxKind;
import org.sectordesk.domain.FxRate;

/**
 * Yahoo Finance CSV, in each shape found on disk: classic {@code Date,Open,High,Low,Close,Adj Close,Volume};
 * reordered {@code Date,Close,High,Low,Open,Volume} (closes already adjusted, so adjusted close = close);
 * yfinance history {@code Date,Open,High,Low,Close,Volume,Dividends,Stock Splits} with times and zones after
 * the dates (adjusted closes); the 3-line multi-header ({@code Price,...} / {@code Ticker,...} / {@code Date,,,});
 * and copies of Yahoo's web table (BOM, CRLF, non-breaking spaces in names, M/D/YYYY, newest first, quoted
 * numbers with thousands separators, dividend rows). A file holds one security; Yahoo symbols are not
 * workspace codes, so it takes {@code --code}.
 */
final class YahooLayout {
  static final BarColumns BARS = new BarColumns(new String[0], names("date", "datetime", "price"), names("open"),
      names("high"), names("low"), names("close"), names("adj close", "adj_close", "adjclose"), names("volume"),
      new String[0], new String[0], true, true, false);

  // In the multi-header the first line's "Price" sits over the date column (the third line says "Date").

  private YahooLayout() {}

  private static String[] names(String... n) {
    return n;
  }

  /** The symbol of a multi-header file's {@code Ticker} line, or null. */
  static String symbol(PeekTable table) throws IOException {
    List<TableRow> head = table.peek(4);
    for (TableRow row : head) {
      if (Header.clean(row.cell(0)).equals("Ticker")) {
        for (int i = 1; i < row.size(); i++) {
          if (!row.cell(i).isBlank()) {
            return row.cell(i).strip();
          }
        }
      }
    }
    return null;
  }

  static void bars(PeekTable table, ReadContext ctx, Series<Bar> out) throws IOException {
    String symbol = symbol(table);
    String hint = symbol == null ? "Yahoo files carry no code" : "its Yahoo symbol " + symbol + " is not a workspace code";
    LongBars.read(table, ctx, BARS, hint, out);
  }

  /** A Yahoo FX file ({@code CNY=X}): the rate is the close; the pair from {@code --code} or the Ticker line. */
  static void fx(PeekTable table, ReadContext ctx, Series<FxRate> out) throws IOException {
    String symbol = symbol(table);
    String given = ctx.request.code() != null ? ctx.request.code() : symbol;
    if (given == null) {
      ctx.problems.fileProblem("code", "the file does not say its FX pair: give --code, e.g. --code USDCNY");
      return;
    }
    String[] pair = FxPairs.parse(given);
    if (pair == null) {
      ctx.problems.fileProblem("code", "'" + given + "' is not an FX pair (e.g. USDCNY, USD/CNY or Yahoo's CNY=X)");
      return;
    }
    TableRow first = table.next();
    while (first != null && first.blank()) {
      first = table.next();
    }
    if (first == null) {
      ctx.problems.fileProblem("header", "the file is empty");
      return;
    }
    Header h = new Header(first);
    int dateCol = h.require(ctx.problems, "date", BARS.date());
    int closeCol = h.find(BARS.close());
    if (closeCol < 0) {
      closeCol = h.require(ctx.problems, "close", "close", "adj close");
    }
    if (dateCol < 0 || closeCol < 0) {
      return;
    }
    RowReader r = ctx.reader;
    TableRow row;
    while ((row = table.next()) != null) {
      String cell0 = Header.clean(row.cell(0));
      if (cell0.equals("Ticker") || (cell0.equals("Date") && row.cell(closeCol).isBlank())) {
        continue;
      }
      if (row.blank()) {
        ctx.problems.dropped("blank row", row.where());
        continue;
      }
      if (Numbers.isMissing(row.cell(closeCol))) {
        ctx.problems.dropped(LongBars.NO_TRADE, row.where());
        continue;
      }
      r.reset();
      Tables.checkFields(row, h, r);
      LocalDate d = r.date(row, dateCol, "date");
      double rate = r.price(row, closeCol, "close", true);
      if (r.bad()) {
        continue;
      }
      FxRate fx = new FxRate(d, pair[0], pair[1], rate, "yahoo", FxKind.DAILY);
      out.add(fx.pair(), d, fx, row.where());
    }
  }
}
