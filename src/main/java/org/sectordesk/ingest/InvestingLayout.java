package org.sectordesk.ingest;

import java.io.IOException;
import org.sectordesk.domain.Bar;

/**
 * investing.com's CSV export, Chinese ({@code 日期,收盘,开盘,高,低,交易量,涨跌幅}) or English
 * ({@code Date,Price,Open,High,Low,Vol.,Change %}): every value quoted, thousands separators, volumes like
 * {@code 940.97M} / {@code 1.57B} / {@code -}, dates like {@code 2024-11-8}, newest first. Returns come from
 * the closes; the change column only cross-checks them (see {@link ChangeCheck}). One security per file: give
 * {@code --code}.
 */
final class InvestingLayout {
  static final BarColumns BARS = new BarColumns(new String[0], names("日期", "date"), names("开盘", "open"),
      names("高", "high"), names("低", "low"), names("收盘", "price", "close"), new String[0],
      names("交易量", "vol.", "volume"), new String[0], names("涨跌幅", "change %"), true, false, true);

  private InvestingLayout() {}

  private static String[] names(String... n) {
    return n;
  }

  static void bars(Table table, ReadContext ctx, Series<Bar> out) throws IOException {
    LongBars.read(table, ctx, BARS, "investing.com files carry no code", out);
  }
}
