package org.sectordesk.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.FxKind;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.ValuationPoint;

/**
 * A Wind or iFinD export with dates down the first column and codes (or FX pairs) across a header row.
 * Rows above the first date are header rows: the one whose cells are codes names the columns; others (a row
 * of names, a row naming the indicator) are not read. Each cell is one value: a close for bars, a rate for
 * FX, a PE-TTM for valuation. An empty cell (or {@code --}, {@code N/A}) is no trade that day.
 */
final class WindWideLayout {
  private WindWideLayout() {}

  interface Maker<T> {
    /** The value for a cell, or null after a problem. */
    T make(String key, LocalDate date, double value, TableRow row, int col);
  }

  static void bars(Table table, ReadContext ctx, Series<Bar> out) throws IOException {
    read(table, ctx, "codes", (row, col) -> {
      Security s = ctx.codes.resolve(row, col, "code", ctx.reader);
      return s == null ? null : s.code();
    }, (key, date, v, row, col) -> {
      if (!(v > 0)) {
        ctx.reader.problem(row, col, "close", "close must be positive, got '" + Echo.echo(row.cell(col)) + "'");
        return null;
      }
      if (Double.isNaN(ctx.reader.plausible(row, col, "close", v))) {
        return null;
      }
      return Bar.closeOnly(key, date, v, ctx.ref.securities().get(key).currency());
    }, out);
  }

  static void valuation(Table table, ReadContext ctx, Series<ValuationPoint> out) throws IOException {
    read(table, ctx, "codes", (row, col) -> {
      Security s = ctx.codes.resolve(row, col, "code", ctx.reader);
      return s == null ? null : s.code();
    }, (key, date, v, row, col) ->
        Double.isNaN(ctx.reader.plausible(row, col, "pe_ttm", v)) ? null : new ValuationPoint(key, date, v), out);
  }

  static void fx(Table table, ReadContext ctx, Series<FxRate> out) throws IOException {
    read(table, ctx, "FX pairs", (row, col) -> {
      String[] pair = FxPairs.parse(row.cell(col));
      if (pair == null) {
        ctx.reader.problem(row, col, "pair", "'" + row.cell(col) + "' is not an FX pair (e.g. USDCNY, USDCNY.EX, USD/CNY)");
        return null;
      }
      return pair[0] + "/" + pair[1];
    }, (key, date, v, row, col) -> {
      if (!(v > 0)) {
        ctx.reader.problem(row, col, "rate", "rate must be positive, got '" + Echo.echo(row.cell(col)) + "'");
        return null;
      }
      if (Double.isNaN(ctx.reader.plausible(row, col, "rate", v))) {
        return null;
      }
      return new FxRate(date, key.substring(0, 3), key.substring(4), v, "wind", FxKind.DAILY);
    }, out);
  }

  interface KeyReader {
    /** The key of a header cell, or null after a problem. */
    String key(TableRow row, int col);
  }

  private static <T> void read(Table table, ReadContext ctx, String what, KeyReader keys, Maker<T> maker,
      Series<T> out) throws IOException {
    Problems problems = ctx.problems;
    List<TableRow> headers = new ArrayList<>();
    TableRow row = table.next();
    while (row != null && !LayoutDetector.isDate(row.cell(0))) {
      if (!row.blank()) {
        headers.add(row);
      }
      row = table.next();
    }
    if (row == null) {
      problems.fileProblem("date", "no row starts with a date: a wide sheet has dates down its first column");
      return;
    }
    TableRow codes = pickHeader(headers, what);
    if (codes == null) {
      problems.add(headers.isEmpty() ? row.where() : headers.get(0).where(), "header",
          "no header row of " + what + " above the first date");
      return;
    }
    String[] columns = new String[codes.size()];
    ctx.reader.reset();
    for (int c = 1; c < codes.size(); c++) {
      if (!codes.cell(c).isBlank()) {
        columns[c] = keys.key(codes, c);
      }
    }
    if (ctx.reader.bad()) {
      return;
    }
    RowReader r = ctx.reader;
    for (; row != null; row = table.next()) {
      if (row.blank()) {
        problems.dropped("blank row", row.where());
        continue;
      }
      if (Footers.isFooter(row)) {
        continue;
      }
      r.reset();
      LocalDate date = r.date(row, 0, "date");
      if (date == null) {
        continue;
      }
      for (int c = 1; c < columns.length; c++) {
        if (columns[c] == null || Numbers.isMissing(row.cell(c))) {
          continue;
        }
        double v = r.number(row, c, columns[c], true);
        if (Double.isNaN(v)) {
          continue;
        }
        T value = maker.make(columns[c], date, v, row, c);
        if (value != null) {
          out.add(columns[c], date, value, row.where(c));
        }
      }
      for (int c = columns.length; c < row.size(); c++) {
        if (!Numbers.isMissing(row.cell(c))) {
          r.problem(row, c, "header", "a value under no header: '" + row.cell(c) + "'");
        }
      }
    }
  }

  /** The header row most of whose cells (after the first) look like codes or pairs. */
  private static TableRow pickHeader(List<TableRow> headers, String what) {
    TableRow best = null;
    int bestCount = 0;
    for (TableRow h : headers) {
      int count = 0;
      for (int c = 1; c < h.size(); c++) {
        String cell = Header.clean(h.cell(c));
        boolean looks = what.equals("codes") ? cell.indexOf('.') > 0 && !cell.contains(" ")
            : FxPairs.parse(cell) != null;
        if (looks) {
          count++;
        }
      }
      if (count > bestCount) {
        best = h;
        bestCount = count;
      }
    }
    return best;
  }
}
