package org.sectordesk.ingest;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.ValuationPoint;

/**
 * csindex.com.cn's index file {@code date,open,high,low,close,amount_yi,pe}: bars from the OHLC columns
 * (the turnover {@code amount_yi}, in 亿 yuan, is not a volume and is not read), PE-TTM from {@code pe}.
 * One index per file: give {@code --code}.
 *
 * <p>Holiday copies: csindex files start with a row for 2015-01-01 that repeats 2015-01-05 value for value.
 * A row whose every value equals the next row's and whose date is a weekend or 1 January (a day no market
 * we follow trades) is dropped and counted in the notes. Two identical rows on trading days are kept, with
 * a note.
 */
final class CsindexLayout {
  static final String HOLIDAY_COPY = "holiday copy (a non-trading day repeating the next trading day's values)";

  private CsindexLayout() {}

  private record CsRow(TableRow row, LocalDate date, String values) {}

  private static List<CsRow> rows(Table table, ReadContext ctx, LongTable t, int dateCol) throws IOException {
    List<CsRow> rows = new ArrayList<>();
    TableRow row;
    while ((row = t.next()) != null) {
      LocalDate d = ctx.reader.date(row, dateCol, "date");
      if (d == null) {
        continue;
      }
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        if (i != dateCol) {
          values.append(row.cell(i)).append('\u0001');
        }
      }
      rows.add(new CsRow(row, d, values.toString()));
    }
    List<CsRow> byDate = new ArrayList<>(rows);
    byDate.sort(Comparator.comparing(CsRow::date));
    Set<CsRow> drop = new HashSet<>();
    for (int i = 0; i + 1 < byDate.size(); i++) {
      CsRow a = byDate.get(i);
      CsRow b = byDate.get(i + 1);
      if (a.date.equals(b.date) || !a.values.equals(b.values)) {
        continue;
      }
      if (nonTrading(a.date)) {
        drop.add(a);
        ctx.problems.dropped(HOLIDAY_COPY, a.date.toString());
      } else if (nonTrading(b.date)) {
        drop.add(b);
        ctx.problems.dropped(HOLIDAY_COPY, b.date.toString());
      } else {
        ctx.problems.note("rows of " + a.date + " and " + b.date + " have identical values; both kept");
      }
    }
    rows.removeAll(drop);
    return rows;
  }

  static boolean nonTrading(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
        || (d.getMonthValue() == 1 && d.getDayOfMonth() == 1);
  }

  static void bars(Table table, ReadContext ctx, Series<Bar> out) throws IOException {
    LongTable t = new LongTable(table, ctx, true, new String[0], "csindex files carry no code");
    if (!t.usable()) {
      return;
    }
    Header h = t.header();
    int dateCol = h.require(ctx.problems, "date", "date");
    int closeCol = h.require(ctx.problems, "close", "close");
    if (dateCol < 0 || closeCol < 0) {
      return;
    }
    int openCol = h.find("open");
    int highCol = h.find("high");
    int lowCol = h.find("low");
    RowReader r = ctx.reader;
    Security s = t.security(null);
    for (CsRow cs : rows(table, ctx, t, dateCol)) {
      TableRow row = cs.row;
      r.reset();
      double close = r.price(row, closeCol, "close", true);
      double open = r.price(row, openCol, "open", false);
      double high = r.price(row, highCol, "high", false);
      double low = r.price(row, lowCol, "low", false);
      if (r.bad()) {
        continue;
      }
      out.add(s.code(), cs.date, new Bar(s.code(), cs.date, open, high, low, close, close, Double.NaN, s.currency()),
          row.where());
    }
  }

  static void valuation(Table table, ReadContext ctx, Series<ValuationPoint> out) throws IOException {
    LongTable t = new LongTable(table, ctx, true, new String[0], "csindex files carry no code");
    if (!t.usable()) {
      return;
    }
    Header h = t.header();
    int dateCol = h.require(ctx.problems, "date", "date");
    int peCol = h.require(ctx.problems, "pe", "pe", "pe_ttm");
    if (dateCol < 0 || peCol < 0) {
      return;
    }
    RowReader r = ctx.reader;
    Security s = t.security(null);
    for (CsRow cs : rows(table, ctx, t, dateCol)) {
      r.reset();
      double pe = r.number(cs.row, peCol, "pe", true);
      if (r.bad()) {
        continue;
      }
      out.add(s.code(), cs.date, new ValuationPoint(s.code(), cs.date, pe), cs.row.where());
    }
  }
}
