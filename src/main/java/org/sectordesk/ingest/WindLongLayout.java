package org.sectordesk.ingest;

import java.io.IOException;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.ValuationPoint;

/**
 * A Wind or iFinD export with one row per code and date, Chinese column names (units in brackets are read:
 * {@code 总股本(万股)} multiplies by 10,000), footer lines like "数据来源：Wind" skipped, rows with no price
 * (dates before a listing, suspensions) dropped and counted. A name column (简称, 名称) is not read.
 */
final class WindLongLayout {
  static final String[] CODE = {"代码", "证券代码", "wind代码", "股票代码", "证券代码_wind", "指数代码", "code"};
  static final String[] DATE = {"日期", "交易日期", "时间", "截止日期", "date"};
  static final BarColumns BARS = new BarColumns(CODE, DATE, names("开盘价", "开盘", "open"),
      names("最高价", "最高", "high"), names("最低价", "最低", "low"), names("收盘价", "收盘", "close"),
      names("复权收盘价", "后复权收盘价", "前复权收盘价", "adj_close"), names("成交量", "volume"),
      names("币种", "交易币种", "货币", "货币代码", "currency"), new String[0], true, false, false);

  private WindLongLayout() {}

  private static String[] names(String... n) {
    return n;
  }

  static void bars(Table table, ReadContext ctx, Series<Bar> out) throws IOException {
    LongBars.read(table, ctx, BARS, null, out);
  }

  static void valuation(Table table, ReadContext ctx, Series<ValuationPoint> out) throws IOException {
    LongValues.valuation(table, ctx, true, CODE, DATE,
        names("市盈率ttm", "市盈率pe(ttm)", "pe(ttm)", "pe_ttm", "市盈率", "滚动市盈率"), out);
  }

  static void shares(Table table, ReadContext ctx, Series<Capitalisation> out) throws IOException {
    LongValues.capitalisation(table, ctx, true, CODE, DATE, names("总股本", "总股数", "shares"),
        names("总市值", "市值", "market_cap"), out);
  }
}
