package org.sectordesk.ingest;

import java.io.IOException;
import java.time.LocalDate;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.ValuationPoint;

/** Reads valuation points and capitalisations from a long table (one row per code and date). */
final class LongValues {
  private LongValues() {}

  static void valuation(Table table, ReadContext ctx, boolean vendor, String[] code, String[] date, String[] pe,
      Series<ValuationPoint> out) throws IOException {
    LongTable t = new LongTable(table, ctx, vendor, code, null);
    if (!t.usable()) {
      return;
    }
    int dateCol = t.header().require(ctx.problems, "date", date);
    int peCol = t.header().require(ctx.problems, "pe_ttm", pe);
    if (dateCol < 0 || peCol < 0) {
      return;
    }
    RowReader r = ctx.reader;
    TableRow row;
    while ((row = t.next()) != null) {
      if (vendor && Numbers.isMissing(row.cell(peCol))) {
        ctx.problems.dropped("no PE on the row", row.where());
        continue;
      }
      Security s = t.security(row);
      LocalDate d = r.date(row, dateCol, "date");
      double value = r.number(row, peCol, "pe_ttm", true);
      if (r.bad() || s == null) {
        continue;
      }
      out.add(s.code(), d, new ValuationPoint(s.code(), d, value), row.where());
    }
  }

  static void capitalisation(Table table, ReadContext ctx, boolean vendor, String[] code, String[] date,
      String[] shares, String[] marketCap, Series<Capitalisation> out) throws IOException {
    LongTable t = new LongTable(table, ctx, vendor, code, null);
    if (!t.usable()) {
      return;
    }
    Header h = t.header();
    int dateCol = h.require(ctx.problems, "date", date);
    int sharesCol = h.find(shares);
    int capCol = h.find(marketCap);
    if (sharesCol < 0 && capCol < 0) {
      ctx.problems.add(h.row().where(), "shares", "missing required column 'shares' or 'market_cap' (named "
          + String.join(" or ", shares) + " or " + String.join(" or ", marketCap) + "); the header has: " + h.names());
      return;
    }
    if (dateCol < 0) {
      return;
    }
    double sharesUnit = h.multiplier(sharesCol);
    double capUnit = h.multiplier(capCol);
    RowReader r = ctx.reader;
    TableRow row;
    while ((row = t.next()) != null) {
      if (vendor && Numbers.isMissing(row.cell(sharesCol)) && Numbers.isMissing(row.cell(capCol))) {
        ctx.problems.dropped("no shares or market cap on the row", row.where());
        continue;
      }
      Security s = t.security(row);
      LocalDate d = r.date(row, dateCol, "date");
      double n = r.price(row, sharesCol, "shares", false, sharesUnit);
      double cap = r.price(row, capCol, "market_cap", false, capUnit);
      if (!r.bad() && Double.isNaN(n) && Double.isNaN(cap)) {
        r.problem(row, sharesCol >= 0 ? sharesCol : capCol, sharesCol >= 0 ? "shares" : "market_cap",
            "the row has neither shares nor market cap");
      }
      if (r.bad() || s == null) {
        continue;
      }
      out.add(s.code(), d, new Capitalisation(s.code(), d, n, cap), row.where());
    }
  }
}
