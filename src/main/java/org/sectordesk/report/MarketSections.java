package org.sectordesk.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sectordesk.analytics.MarketReview;
import org.sectordesk.analytics.MonthlyReturns;
import org.sectordesk.analytics.ReviewRow;
import org.sectordesk.analytics.ValuationStats;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.ValuationPoint;

/**
 * Blocks of the monthly market review, built from the analytics results: index monthly returns,
 * index levels, the coverage table, decliners, top gainers, the top-3 sentences and the PE-TTM chart.
 * Sentences only restate numbers; the analyst writes the views.
 */
public final class MarketSections {
  /** Monthly %: one decimal. */
  public static final NumberStyle MONTH_PCT = NumberStyle.percent(1);
  /** Gap to the benchmark in percentage points, one decimal. */
  public static final NumberStyle PCT_POINTS = NumberStyle.pctPoints(1);

  private MarketSections() {}

  /** An index and its calendar-month returns, oldest first. */
  public record IndexMonths(Security index, List<MonthlyReturns.MonthReturn> months) {
    public IndexMonths {
      Objects.requireNonNull(index, "index");
      months = List.copyOf(months);
    }
  }

  /** An index and its daily closes, oldest first. */
  public record IndexLevels(Security index, List<DatedClose> closes) {
    public IndexLevels {
      Objects.requireNonNull(index, "index");
      closes = List.copyOf(closes);
    }
  }

  /** The heading phrase of the review, e.g. "11月恒生科技指数下跌3.2%". */
  public static String reviewHeadline(SectionContext ctx, YearMonth month, IndexMonths lead) {
    double v = valueIn(lead, month);
    String name = ctx.name(lead.index());
    if (Double.isNaN(v)) {
      return ctx.lang() == Lang.ZH ? month.getMonthValue() + "月" + name : name + ", " + month;
    }
    return ctx.lang() == Lang.ZH ? month.getMonthValue() + "月" + name + move(ctx, v)
        : name + " " + move(ctx, v) + " in " + month;
  }

  /** Bars of the last months of one or two indices side by side, and the sentence on the latest month. */
  public static List<Block> indexMonthlyReturns(SectionContext ctx, YearMonth month, List<IndexMonths> indices) {
    List<IndexMonths> present = indices.stream().filter(i -> i.months().stream().anyMatch(m -> !Double.isNaN(m.value())))
        .toList();
    if (present.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "指数月度行情" : "index monthly return"));
    }
    List<Block> out = new ArrayList<>();
    IndexMonths a = present.get(0);
    double va = valueIn(a, month);
    if (present.size() > 1 && !Double.isNaN(va) && !Double.isNaN(valueIn(present.get(1), month))) {
      IndexMonths b = present.get(1);
      double vb = valueIn(b, month);
      out.add(Paragraph.of(ctx.t("text.index_month_pair", ctx.name(a.index()), verb(ctx, va), MONTH_PCT.format(Math.abs(va)),
          ctx.name(b.index()), verb(ctx, vb), MONTH_PCT.format(Math.abs(vb)))));
    } else if (!Double.isNaN(va)) {
      out.add(Paragraph.of(ctx.t("text.index_month", ctx.name(a.index()), verb(ctx, va), MONTH_PCT.format(Math.abs(va)))));
    }
    List<String> categories = a.months().stream().map(m -> m.month().toString()).toList();
    List<ChartSpec.BarSeries> series = new ArrayList<>();
    for (IndexMonths im : present) {
      Map<YearMonth, Double> byMonth = new LinkedHashMap<>();
      im.months().forEach(m -> byMonth.put(m.month(), Double.isNaN(m.value()) ? null : m.value()));
      List<Double> values = new ArrayList<>();
      a.months().forEach(m -> values.add(byMonth.get(m.month())));
      series.add(new ChartSpec.BarSeries(ctx.name(im.index()), values));
    }
    String names = String.join(ctx.t("joiner.vs"), present.stream().map(i -> ctx.name(i.index())).toList());
    out.add(Figure.of(ctx.t("caption.index_monthly_returns", names),
        new ChartSpec.Bars(categories, series, false, MONTH_PCT, present.size() == 1 && categories.size() <= 13, ""),
        ctx.source()));
    return out;
  }

  /**
   * Index levels as lines: together in one chart (a second axis when their scales differ by more than
   * three times), or one chart per index when {@code separate}.
   */
  public static List<Block> indexLevels(SectionContext ctx, List<IndexLevels> indices, boolean separate) {
    List<IndexLevels> present = indices.stream().filter(i -> !i.closes().isEmpty()).toList();
    if (present.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "指数行情" : "index level"));
    }
    List<Block> out = new ArrayList<>();
    if (separate || present.size() == 1) {
      for (IndexLevels il : present) {
        String caption = ctx.t("caption.index_levels", ctx.name(il.index())
            + (ctx.lang() == Lang.ZH ? "（" + il.index().code() + "）" : " (" + il.index().code() + ")"));
        out.add(Figure.of(caption, new ChartSpec.Lines(List.of(line(ctx.name(il.index()), il, false)), List.of(),
            NumberStyle.grouped(0), "", ""), ctx.source()));
      }
      return out;
    }
    double firstMean = mean(present.get(0));
    List<ChartSpec.LineSeries> lines = new ArrayList<>();
    boolean anyRight = false;
    for (int i = 0; i < present.size(); i++) {
      IndexLevels il = present.get(i);
      double m = mean(il);
      boolean right = i > 0 && (m / firstMean > 3 || firstMean / m > 3);
      anyRight |= right;
      String name = right ? ctx.t("series.right_axis", ctx.name(il.index())) : ctx.name(il.index());
      lines.add(line(name, il, right));
    }
    String names = String.join(ctx.t("joiner.and"), present.stream().map(i -> ctx.name(i.index())).toList());
    out.add(Figure.of(ctx.t("caption.index_levels", names),
        new ChartSpec.Lines(lines, List.of(), NumberStyle.grouped(0), "", anyRight ? " " : ""), ctx.source()));
    return out;
  }

  private static ChartSpec.LineSeries line(String name, IndexLevels il, boolean right) {
    return new ChartSpec.LineSeries(name, il.closes().stream().map(DatedClose::date).toList(),
        il.closes().stream().map(DatedClose::close).toList(), right);
  }

  private static double mean(IndexLevels il) {
    return il.closes().stream().mapToDouble(DatedClose::close).average().orElse(1);
  }

  /**
   * The coverage table by sub-sector (merged sub-sector cells): month %, gap to the own benchmark in pct,
   * YTD % (two decimals), close, market cap in the base currency in 亿. {@code subSectorOrder} sorts the groups.
   */
  public static List<Block> coverageTable(SectionContext ctx, MarketReview review, List<String> subSectorOrder,
      String periodLabel) {
    if (review.rows().isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "覆盖公司" : "coverage"));
    }
    List<ReviewRow> rows = new ArrayList<>(review.rows());
    Map<String, Integer> order = new LinkedHashMap<>();
    subSectorOrder.forEach(s -> order.putIfAbsent(s, order.size()));
    rows.forEach(r -> order.putIfAbsent(r.security().subSector(), order.size()));
    rows.sort(Comparator.comparingInt(r -> order.get(r.security().subSector())));
    NumberStyle pct1 = NumberStyle.percentBare(1);
    List<List<Cell>> cells = new ArrayList<>();
    boolean zh = ctx.lang() == Lang.ZH;
    List<String> staleNotes = new ArrayList<>();
    List<String> adjustedNames = new ArrayList<>();
    for (MarketReview.BenchmarkReturn b : review.benchmarks()) {
      if (b.periodReturn().isStale()) {
        staleNotes.add(staleNote(ctx, b.index(), b.periodReturn().dataThrough())
            + (zh ? "，相对该指数的涨跌幅不计" : "; gaps to it are not shown"));
      }
    }
    for (ReviewRow r : rows) {
      boolean staleFx = r.fx() != null && r.fx().stale() && !Double.isNaN(r.marketCapBaseYi());
      boolean stale = r.periodReturn().isStale() || r.ytd().isStale() || staleFx;
      if (r.periodReturn().isStale() || r.ytd().isStale()) {
        staleNotes.add(staleNote(ctx, r.security(), (r.periodReturn().isStale() ? r.periodReturn() : r.ytd()).dataThrough()));
      }
      if (staleFx) {
        staleNotes.add(staleFxNote(ctx, r.security(), review.baseCurrency(), r.fx().date(), r.fx().ageDays()));
      }
      boolean adjustedOnly = r.closeDate() != null && Double.isNaN(r.close());
      if (adjustedOnly) {
        adjustedNames.add(ctx.name(r.security()) + (zh ? "（" + r.security().code() + "）" : " (" + r.security().code() + ")"));
      }
      cells.add(List.of(Cell.text(r.security().subSector()), Cell.text(r.security().code()),
          Cell.text(ctx.name(r.security()) + (stale ? STALE_MARK : "") + (adjustedOnly ? ADJUSTED_MARK : "")),
          Cell.num(r.periodReturn().hasValue() ? r.periodReturn().value() : null, pct1),
          Cell.num(r.vsBenchmark(), pct1),
          Cell.num(r.ytd().hasValue() ? r.ytd().value() : null, NumberStyle.percentBare(2)),
          Cell.num(r.close(), NumberStyle.plain(1)),
          Cell.num(r.marketCapBaseYi(), NumberStyle.grouped(0))));
    }
    String capLabel = review.baseCurrency().equals("CNY") ? ctx.t("col.mcap_cny_yi")
        : ctx.t("col.mcap_yi", review.baseCurrency());
    boolean calendar = review.ytdBase() == null
        || review.ytdBase().equals(LocalDate.of(review.period().end().getYear() - 1, 12, 31));
    String ytdLabel = calendar ? ctx.t("col.ytd")
        : zh ? "较" + review.ytdBase() + "收盘涨跌幅(%)" : "Since " + review.ytdBase() + " close (%)";
    List<HeaderCell> header = List.of(HeaderCell.of(ctx.t("col.sub_sector")), HeaderCell.of(ctx.t("col.code")),
        HeaderCell.of(ctx.t("col.name")), HeaderCell.of(ctx.t("col.month_return")), HeaderCell.of(ctx.t("col.vs_index")),
        HeaderCell.of(ytdLabel), HeaderCell.of(ctx.t("col.close")), HeaderCell.of(capLabel));
    String note = staleNotes.isEmpty() ? "" : STALE_MARK + (zh ? "数据不全：" : "Stale data: ") + String.join(zh ? "；" : "; ", staleNotes)
        + (zh ? "。" : ".");
    if (!adjustedNames.isEmpty()) {
      note = (note.isEmpty() ? "" : note + (zh ? "" : " ")) + ADJUSTED_MARK + (zh
          ? "仅有复权价：" + String.join("、", adjustedNames) + "的数据只含复权价格，涨跌幅按复权价计算，收盘价与市值不计。"
          : "Adjusted prices only: " + String.join(", ", adjustedNames) + " (returns on adjusted closes; the raw close"
              + " and the market cap are not shown).");
    }
    return List.of(new Table(ctx.t("caption.coverage_table", periodLabel), true, List.of(header), cells, Set.of(0), note,
        ctx.source(), ctx.lang() == Lang.ZH ? "重点公司表现" : "Coverage"));
  }

  /** The mark of a name whose stored prices are adjusted only (no raw close, no market cap). */
  public static final String ADJUSTED_MARK = "§";

  /** The mark of a name or index whose data ends before the period's last trading day. */
  public static final String STALE_MARK = "†";

  /** "恒生科技数据截至2024-11-13，早于本期最后交易日，不计涨跌幅". */
  public static String staleNote(SectionContext ctx, Security s, LocalDate through) {
    return ctx.lang() == Lang.ZH
        ? ctx.name(s) + "（" + s.code() + "）数据截至" + through + "，早于本期最后交易日，不计涨跌幅"
        : ctx.name(s) + " (" + s.code() + ") data ends " + through + ", before the period's last trading day: no return";
  }

  /** "腾讯控股（0700.HK）市值按2024-10-01的HKD/CNY汇率换算，该汇率已是60天前的". */
  public static String staleFxNote(SectionContext ctx, Security s, String base, LocalDate fxDate, long ageDays) {
    String pair = s.currency() + "/" + base;
    return ctx.lang() == Lang.ZH
        ? ctx.name(s) + "（" + s.code() + "）市值按" + fxDate + "的" + pair + "汇率换算，该汇率距收盘日已" + ageDays + "天"
        : ctx.name(s) + " (" + s.code() + ") market cap converted at the " + pair + " rate of " + fxDate + ", "
            + ageDays + " days before the close";
  }

  /** Every covered name that fell in the period, worst first, as bars with value labels. */
  public static List<Block> decliners(SectionContext ctx, MarketReview review, String periodLabel) {
    List<ReviewRow> down = review.rows().stream()
        .filter(r -> r.periodReturn().hasValue() && r.periodReturn().value() < 0)
        .sorted(Comparator.comparingDouble((ReviewRow r) -> r.periodReturn().value()).thenComparing(r -> r.security().code()))
        .toList();
    if (down.isEmpty()) {
      return List.of(Paragraph.note(ctx.lang() == Lang.ZH ? "本期覆盖公司中没有股价下跌的股票。"
          : "No covered name fell in the period."));
    }
    return List.of(rankedBars(ctx, ctx.t("caption.decliners", periodLabel), down));
  }

  /** The top {@code n} gainers of the coverage, best first. */
  public static List<Block> topGainers(SectionContext ctx, MarketReview review, String periodLabel, int n) {
    List<ReviewRow> up = review.rows().stream().filter(r -> r.periodReturn().hasValue())
        .sorted(Comparator.comparingDouble((ReviewRow r) -> -r.periodReturn().value()).thenComparing(r -> r.security().code()))
        .limit(n).toList();
    if (up.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "个股涨跌幅" : "stock return"));
    }
    return List.of(rankedBars(ctx, ctx.t("caption.top_gainers", periodLabel, up.size()), up));
  }

  private static Figure rankedBars(SectionContext ctx, String caption, List<ReviewRow> rows) {
    List<String> names = rows.stream().map(r -> ctx.name(r.security())).toList();
    List<Double> values = rows.stream().map(r -> (Double) r.periodReturn().value()).toList();
    boolean horizontal = rows.size() > 12;
    ChartSpec.Bars bars = new ChartSpec.Bars(names, List.of(new ChartSpec.BarSeries(ctx.t("series.month_return"), values)),
        horizontal, MONTH_PCT, true, "");
    double height = horizontal ? Math.min(22, 3 + rows.size() * 0.55) : 7.5;
    return new Figure(caption, bars, ctx.source(), 16, height);
  }

  /**
   * The sentences on the best three names of each market and their gap to the market's benchmark,
   * e.g. HK names against HSTECH and US names against the Nasdaq Composite (as the benchmark map says).
   */
  public static List<Block> topMoversText(SectionContext ctx, MarketReview review, List<Market> markets, int top) {
    List<Paragraph> items = new ArrayList<>();
    for (Market m : markets) {
      String market = ctx.t("text.market." + m.name());
      List<ReviewRow> best = review.rows().stream()
          .filter(r -> r.security().market() == m && r.periodReturn().hasValue())
          .sorted(Comparator.comparingDouble((ReviewRow r) -> -r.periodReturn().value()).thenComparing(r -> r.security().code()))
          .limit(top).toList();
      if (best.isEmpty()) {
        items.add(Paragraph.of(ctx.t("text.top_movers_none", market)));
        continue;
      }
      String bench = best.get(0).benchmark();
      String benchName = bench == null ? "" : review.benchmarks().stream().filter(b -> b.index().code().equals(bench))
          .map(b -> ctx.name(b.index())).findFirst().orElse(bench);
      List<String> names = best.stream().map(r -> ctx.name(r.security())).toList();
      List<String> rets = best.stream().map(r -> MONTH_PCT.format(r.periodReturn().value())).toList();
      List<String> gaps = best.stream().map(r -> Double.isNaN(r.vsBenchmark()) ? "—" : PCT_POINTS.format(r.vsBenchmark()))
          .toList();
      items.add(Paragraph.of(ctx.t("text.top_movers", market, ctx.messages().join(names), ctx.messages().join(rets),
          benchName, ctx.messages().join(gaps))));
    }
    return List.of(new BulletList(items, true));
  }

  /** The PE-TTM line with its mean and ±1 standard deviation, and the percentile sentence. */
  public static List<Block> valuationPe(SectionContext ctx, Security index, List<ValuationPoint> series,
      ValuationStats stats) {
    if (series.isEmpty() || stats == null) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? ctx.name(index) + "估值" : ctx.name(index) + " valuation"));
    }
    List<ValuationPoint> upTo = series.stream().filter(p -> !p.date().isAfter(stats.date()))
        .sorted(Comparator.comparing(ValuationPoint::date)).toList();
    NumberStyle x2 = NumberStyle.multiple(2);
    Paragraph sentence = Paragraph.of(ctx.t("text.valuation", ctx.date(stats.date()), ctx.name(index), x2.format(stats.peTtm()),
        NumberStyle.percent(2).format(stats.percentile()), x2.format(stats.mean()), NumberStyle.plain(2).format(stats.stdDev())));
    ChartSpec.Lines lines = new ChartSpec.Lines(
        List.of(new ChartSpec.LineSeries("PE-TTM", upTo.stream().map(ValuationPoint::date).toList(),
            upTo.stream().map(ValuationPoint::peTtm).toList(), false)),
        List.of(new ChartSpec.RefLine(ctx.t("series.mean"), stats.mean(), false),
            new ChartSpec.RefLine(ctx.t("series.plus_sd"), stats.upperBand(), true),
            new ChartSpec.RefLine(ctx.t("series.minus_sd"), stats.lowerBand(), true)),
        NumberStyle.multiple(0), "", "");
    if (stats.excludedNonpositive() > 0) {
      Paragraph note = Paragraph.of(ctx.lang() == Lang.ZH
          ? "注：" + stats.excludedNonpositive() + "个PE-TTM为负或为零的观测（亏损期）不计入分位、均值和标准差。"
          : "Note: " + stats.excludedNonpositive() + " PE-TTM observations at or below zero (loss periods) are left out"
              + " of the percentile, mean and standard deviation.");
      return List.of(sentence, note, Figure.of(ctx.t("caption.valuation_pe", ctx.name(index)), lines, ctx.source()));
    }
    return List.of(sentence, Figure.of(ctx.t("caption.valuation_pe", ctx.name(index)), lines, ctx.source()));
  }

  /** "下跌3.2%" / "fell 3.2%". */
  static String move(SectionContext ctx, double v) {
    return ctx.lang() == Lang.ZH ? verb(ctx, v) + MONTH_PCT.format(Math.abs(v)) : verb(ctx, v) + " " + MONTH_PCT.format(Math.abs(v));
  }

  static String verb(SectionContext ctx, double v) {
    String printed = MONTH_PCT.format(v);
    return printed.equals(MONTH_PCT.format(0.0)) ? ctx.t("text.flat") : v > 0 ? ctx.t("text.rise") : ctx.t("text.fall");
  }

  private static double valueIn(IndexMonths im, YearMonth month) {
    return im.months().stream().filter(m -> m.month().equals(month)).mapToDouble(MonthlyReturns.MonthReturn::value)
        .findFirst().orElse(Double.NaN);
  }

  /** A period label such as "2024年11月" or "2024-11". */
  public static String monthLabel(SectionContext ctx, YearMonth m) {
    return ctx.lang() == Lang.ZH ? m.getYear() + "年" + m.getMonthValue() + "月" : m.toString();
  }

  /** A date range label such as "2024-09-02至2024-09-06". */
  public static String rangeLabel(LocalDate a, LocalDate b) {
    return a + "至" + b;
  }
}
