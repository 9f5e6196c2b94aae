package org.sectordesk.ingest;

import java.io.IOException;
import java.time.LocalDate;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.FxKind;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.ValuationPoint;

/**
 * Sector Desk's own CSV schemas (lower-case names, ISO dates; the same columns work in an .xlsx sheet):
 * bars {@code code,date,open,high,low,close,adj_close,volume,currency}; fx {@code date,base,quote,rate};
 * shares {@code code,date,shares,market_cap}; valuation {@code code,date,pe_ttm}. A single-security file may
 * leave out {@code code} and take {@code --code}.
 */
final class DeskLayout {
  static final String[] CODE = {"code"};
  static final String[] DATE = {"date"};
  static final BarColumns BARS = new BarColumns(CODE, DATE, names("open"), names("high"), names("low"),
      names("close"), names("adj_close"), names("volume"), names("currency"), new String[0], false, false, false);

  private DeskLayout() {}

  private static String[] names(String... n) {
    return n;
  }

  static void bars(Table table, ReadContext ctx, Series<Bar> out) throws IOException {
    LongBars.read(table, ctx, BARS, null, out);
  }

  static void valuation(Table table, ReadContext ctx, Series<ValuationPoint> out) throws IOException {
    LongValues.valuation(table, ctx, false, CODE, DATE, names("pe_ttm"), out);
  }

  static void shares(Table table, ReadContext ctx, Series<Capitalisation> out) throws IOException {
    LongValues.capitalisation(table, ctx, false, CODE, DATE, names("shares"), names("market_cap"), out);
  }

  /** {@code date,base,quote,rate}, or {@code date,pair,rate}, or {@code date,rate} with {@code --code USDCNY}. */
  static void fx(Table table, ReadContext ctx, Series<FxRate> out) throws IOException {
    TableRow first = table.next();
    while (first != null && first.blank()) {
      first = table.next();
    }
    if (first == null) {
      ctx.problems.fileProblem("header", "the file is empty");
      return;
    }
    Header h = new Header(first);
    int dateCol = h.require(ctx.problems, "date", DATE);
    int rateCol = h.require(ctx.problems, "rate", names("rate"));
    int baseCol = h.find("base");
    int quoteCol = h.find("quote");
    int pairCol = h.find("pair");
    int sourceCol = h.find("source");
    int kindCol = h.find("kind");
    String[] fixed = null;
    if (baseCol < 0 || quoteCol < 0) {
      if (pairCol < 0) {
        if (ctx.request.code() == null) {
          ctx.problems.add(first.where(), "base", "missing required columns 'base' and 'quote' (or 'pair');"
              + " for a file of one pair give --code, e.g. --code USDCNY; the header has: " + h.names());
          return;
        }
        fixed = FxPairs.parse(ctx.request.code());
        if (fixed == null) {
          ctx.problems.fileProblem("code", "--code " + ctx.request.code() + " is not an FX pair (e.g. USDCNY or USD/CNY)");
          return;
        }
      }
    }
    if (dateCol < 0 || rateCol < 0) {
      return;
    }
    RowReader r = ctx.reader;
    TableRow row;
    while ((row = table.next()) != null) {
      if (row.blank()) {
        ctx.problems.dropped("blank row", row.where());
        continue;
      }
      r.reset();
      Tables.checkFields(row, h, r);
      String base;
      String quote;
      if (fixed != null) {
        base = fixed[0];
        quote = fixed[1];
      } else if (baseCol >= 0 && quoteCol >= 0) {
        base = currency(row, baseCol, "base", r);
        quote = currency(row, quoteCol, "quote", r);
      } else {
        String[] pair = FxPairs.parse(row.cell(pairCol));
        if (pair == null) {
          r.problem(row, pairCol, "pair", "'" + Echo.echo(row.cell(pairCol)) + "' is not an FX pair (e.g. USD/CNY)");
          base = null;
          quote = null;
        } else {
          base = pair[0];
          quote = pair[1];
        }
      }
      if (base != null && base.equals(quote)) {
        r.problem(row, quoteCol >= 0 ? quoteCol : pairCol, "quote", base + "/" + quote
            + " is not a pair: base and quote must be two different currencies");
      }
      LocalDate d = r.date(row, dateCol, "date");
      double rate = r.price(row, rateCol, "rate", true);
      String source = sourceCol < 0 ? FxRate.UNKNOWN_SOURCE : Header.clean(row.cell(sourceCol));
      FxKind kind = FxKind.DAILY;
      if (kindCol >= 0 && !Header.clean(row.cell(kindCol)).isEmpty()) {
        try {
          kind = FxKind.parse(Header.clean(row.cell(kindCol)));
        } catch (IllegalArgumentException e) {
          r.problem(row, kindCol, "kind", e.getMessage());
        }
      }
      if (r.bad()) {
        continue;
      }
      FxRate fx = new FxRate(d, base, quote, rate, source, kind);
      out.add(fx.pair() + (sourceCol < 0 ? "" : " " + fx.source()), d, fx, row.where());
    }
  }

  private static String currency(TableRow row, int col, String field, RowReader r) {
    String text = Header.clean(row.cell(col));
    String iso = Currencies.iso(text);
    if (iso == null) {
      r.problem(row, col, field, "'" + Echo.echo(text) + "' is not a currency (expected an ISO code like USD)");
    }
    return iso;
  }
}
