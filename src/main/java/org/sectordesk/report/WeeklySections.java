package org.sectordesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import org.sectordesk.analytics.Movers;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sectordesk.analytics.MoverRow;
import org.sectordesk.analytics.PeriodReturn;
import org.sectordesk.domain.Security;

/** Blocks of the weekly report: index returns, the SW industry rank and the watch lists' movers tables. */
public final class WeeklySections {
  /** Index weekly %: two decimals. */
  public static final NumberStyle INDEX_PCT = NumberStyle.percent(2);
  /** Table weekly %: one decimal. */
  public static final NumberStyle TABLE_PCT = NumberStyle.percent(1);

  private WeeklySections() {}

  /** A security and its return over the week. */
  public record Named(Security security, PeriodReturn periodReturn) {
    public Named {
      Objects.requireNonNull(security, "security");
      Objects.requireNonNull(periodReturn, "periodReturn");
    }
  }

  /** The week's index returns as a sentence and a table (two decimals). */
  public static List<Block> indexTable(SectionContext ctx, LocalDate start, LocalDate end, List<Named> indices) {
    List<Named> present = indices.stream().filter(n -> n.periodReturn().hasValue()).toList();
    if (present.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "指数周度行情" : "index weekly return"));
    }
    List<String> items = present.stream()
        .map(n -> ctx.t("text.index_return_item", ctx.name(n.security()), INDEX_PCT.format(n.periodReturn().value()))).toList();
    Paragraph sentence = Paragraph.of(ctx.t("text.weekly_indices", start, end, ctx.messages().join(items)));
    List<List<Cell>> rows = new ArrayList<>();
    for (Named n : present) {
      rows.add(List.of(Cell.text(ctx.name(n.security())), Cell.text(n.security().code()),
          Cell.num(n.periodReturn().value(), INDEX_PCT)));
    }
    Table t = new Table(ctx.t("caption.weekly_index_table", start, end), true,
        List.of(List.of(HeaderCell.of(ctx.t("col.index")), HeaderCell.of(ctx.t("col.code")), HeaderCell.of(ctx.t("col.week_return")))),
        rows, Set.of(), "", ctx.source(), ctx.lang() == Lang.ZH ? "指数周涨跌幅" : "Index returns");
    return List.of(sentence, t);
  }

  /**
   * The week's returns of the industry indices as ranked bars, with the rank of the highlighted
   * industries among all and among the TMT group.
   */
  public static List<Block> industryRank(SectionContext ctx, List<Named> industries, List<String> highlight,
      List<String> tmt) {
    List<PeriodReturn> returns = industries.stream().map(Named::periodReturn).toList();
    java.util.Map<String, Named> byCode = new java.util.LinkedHashMap<>();
    industries.forEach(n -> byCode.put(n.periodReturn().code(), n));
    List<Named> ranked = Movers.top(returns, Integer.MAX_VALUE).stream().map(r -> byCode.get(r.code())).toList();
    if (ranked.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "申万一级行业指数" : "SW level-1 industry index"));
    }
    List<Block> out = new ArrayList<>();
    List<Named> hl = highlight.stream().flatMap(c -> ranked.stream().filter(n -> n.security().code().equals(c))).toList();
    if (!hl.isEmpty()) {
      List<String> names = hl.stream().map(n -> shortName(ctx, n.security())).toList();
      List<String> ranks = hl.stream().map(n -> String.valueOf(Movers.rank(returns, n.periodReturn().code()))).toList();
      StringBuilder s = new StringBuilder(ctx.t("text.sw_rank", ctx.messages().join(names), ranked.size(),
          ctx.messages().join(ranks)));
      List<PeriodReturn> tmtReturns = returns.stream().filter(r -> tmt.contains(r.code())).toList();
      List<Named> tmtRanked = Movers.top(tmtReturns, Integer.MAX_VALUE).stream().map(r -> byCode.get(r.code())).toList();
      if (tmtRanked.size() > 1 && hl.stream().allMatch(tmtRanked::contains)) {
        List<String> tmtNames = tmtRanked.stream().map(n -> shortName(ctx, n.security())).toList();
        List<String> tmtRanks = hl.stream().map(n -> String.valueOf(Movers.rank(tmtReturns, n.periodReturn().code()))).toList();
        s.append(ctx.t("text.sw_rank_tmt", ctx.messages().join(tmtNames), ctx.messages().join(tmtRanks)));
      }
      out.add(Paragraph.of(s.toString()));
    }
    List<String> cats = ranked.stream().map(n -> shortName(ctx, n.security())).toList();
    List<Double> vals = ranked.stream().map(n -> (Double) n.periodReturn().value()).toList();
    java.util.Set<Integer> marked = new java.util.HashSet<>();
    hl.forEach(n -> marked.add(ranked.indexOf(n)));
    out.add(new Figure(ctx.t("caption.sw_industry_rank"), new ChartSpec.Bars(cats,
        List.of(new ChartSpec.BarSeries(ctx.t("series.week_return"), vals)), false, INDEX_PCT, false, "", marked),
        ctx.source(), 16, 8));
    return out;
  }

  /**
   * A watch list's top and bottom {@code n} of the week side by side (code, name, market cap in 亿 of the
   * trading currency, weekly %), with the sentence naming the best and worst three.
   */
  public static List<Block> watchListMovers(SectionContext ctx, String listName, String currency, LocalDate start,
      LocalDate end, List<MoverRow> top, List<MoverRow> bottom, int n) {
    if (top.isEmpty() && bottom.isEmpty()) {
      return List.of(ctx.noData(listName));
    }
    NumberStyle signed2 = NumberStyle.percent(2).signed();
    List<String> best = top.stream().limit(3)
        .map(r -> ctx.t("text.mover_item", ctx.name(r.security()), signed2.format(r.periodReturn().value()))).toList();
    List<String> worst = bottom.stream().limit(3)
        .map(r -> ctx.t("text.mover_item", ctx.name(r.security()), signed2.format(r.periodReturn().value()))).toList();
    Paragraph sentence = Paragraph.of(ctx.t("text.watchlist_movers", listName, ctx.messages().join(best),
        ctx.messages().join(worst)));
    String cap = ctx.t("col.mcap_yi", currencyLabel(ctx, currency));
    if (ctx.lang() == Lang.ZH && currency.equals("CNY")) {
      cap = "市值（亿元）";
    }
    List<HeaderCell> cols = List.of(HeaderCell.of(ctx.t("col.code")), HeaderCell.of(ctx.t("col.name")), HeaderCell.of(cap),
        HeaderCell.of(ctx.t("col.week_return")));
    List<HeaderCell> second = new ArrayList<>(cols);
    second.addAll(cols);
    int rows = Math.max(top.size(), bottom.size());
    List<List<Cell>> cells = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      List<Cell> row = new ArrayList<>(moverCells(ctx, i < top.size() ? top.get(i) : null));
      row.addAll(moverCells(ctx, i < bottom.size() ? bottom.get(i) : null));
      cells.add(row);
    }
    Table t = new Table(ctx.t("caption.watchlist_movers", listName, n, start, end), true,
        List.of(List.of(HeaderCell.span(ctx.t("group.gainers", n), 4), HeaderCell.span(ctx.t("group.losers", n), 4)), second),
        cells, Set.of(), "", ctx.source(), listName);
    return List.of(sentence, t);
  }

  /** An industry index's name without the "(申万)" tag. */
  private static String shortName(SectionContext ctx, Security s) {
    return ctx.name(s).replace("(申万)", "").replace("（申万）", "").replace("(SW)", "").trim();
  }

  private static List<Cell> moverCells(SectionContext ctx, MoverRow r) {
    if (r == null) {
      return List.of(Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty());
    }
    return List.of(Cell.text(r.security().code()), Cell.text(ctx.name(r.security())),
        Cell.num(r.marketCapYi(), NumberStyle.grouped(2)), Cell.num(r.periodReturn().value(), TABLE_PCT));
  }

  private static String currencyLabel(SectionContext ctx, String ccy) {
    if (ctx.lang() == Lang.EN) {
      return ccy;
    }
    return switch (ccy) {
      case "HKD" -> "港元";
      case "USD" -> "美元";
      case "CNY" -> "元";
      default -> ccy;
    };
  }
}
