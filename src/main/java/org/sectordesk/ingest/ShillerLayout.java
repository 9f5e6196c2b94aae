package org.sectordesk.ingest;

import java.io.IOException;
import java.time.LocalDate;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.ValuationPoint;

/**
 * Robert Shiller's monthly S&amp;P 500 data ({@code Date,SP500,Dividend,Earnings,...,PE10}). PE-TTM is
 * {@code SP500 / Earnings}, Earnings being the trailing twelve months' earnings; rows whose Earnings is zero
 * or missing (the file stops filling it after its last update, 2023-09 in the copy we checked) are skipped
 * and counted. The PE10 (CAPE) column is not read. One series per file: give {@code --code} (e.g. SPX.GI).
 */
final class ShillerLayout {
  static final String NO_EARNINGS = "no earnings on the row (Earnings is 0 or empty), so no PE-TTM";

  private ShillerLayout() {}

  static void valuation(Table table, ReadContext ctx, Series<ValuationPoint> out) throws IOException {
    LongTable t = new LongTable(table, ctx, false, new String[0], "Shiller's file is the S&P 500 composite");
    if (!t.usable()) {
      return;
    }
    Header h = t.header();
    int dateCol = h.require(ctx.problems, "date", "date");
    int priceCol = h.require(ctx.problems, "sp500", "sp500");
    int earningsCol = h.require(ctx.problems, "earnings", "earnings");
    if (dateCol < 0 || priceCol < 0 || earningsCol < 0) {
      return;
    }
    RowReader r = ctx.reader;
    Security s = t.security(null);
    LocalDate lastWithEarnings = null;
    LocalDate firstSkipped = null;
    LocalDate lastSkipped = null;
    TableRow row;
    while ((row = t.next()) != null) {
      LocalDate d = r.date(row, dateCol, "date");
      double price = r.price(row, priceCol, "sp500", true);
      double earnings = r.number(row, earningsCol, "earnings", false);
      if (r.bad()) {
        continue;
      }
      if (!(earnings > 0)) {
        ctx.problems.dropped(NO_EARNINGS, d.toString());
        firstSkipped = firstSkipped == null || d.isBefore(firstSkipped) ? d : firstSkipped;
        lastSkipped = lastSkipped == null || d.isAfter(lastSkipped) ? d : lastSkipped;
        continue;
      }
      lastWithEarnings = lastWithEarnings == null || d.isAfter(lastWithEarnings) ? d : lastWithEarnings;
      out.add(s.code(), d, new ValuationPoint(s.code(), d, price / earnings), row.where());
    }
    if (firstSkipped != null) {
      ctx.problems.note("PE-TTM derived as SP500 / Earnings up to " + lastWithEarnings
          + "; rows from " + firstSkipped + " to " + lastSkipped + " have no earnings and were skipped");
    }
  }
}
