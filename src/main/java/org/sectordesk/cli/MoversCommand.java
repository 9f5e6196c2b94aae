package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sectordesk.analytics.MoverRow;
import org.sectordesk.analytics.ReturnStatus;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.MarketDesk;
import org.sectordesk.domain.Market;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "movers", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Top and bottom names of a period by return: all stocks of a market, or a watch list.",
        "Market caps are in 亿 of the trading currency (as the weekly report prints them) and in the base currency.",
        "A name with no trade in the period (suspended, delisted) keeps its last close: return 0, flagged.", "",
        "Examples:  desk -w WORK movers --market HK --top 10 --week 2024-09-02",
        "           desk -w WORK movers --list a-media --week 2024-09-02 --format json"})
final class MoversCommand implements Callable<Integer> {
  @ParentCommand DeskCommand root;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "Which names (one of):%n")
  Scope scope;

  static final class Scope {
    @Option(names = "--market", paramLabel = "MARKET", description = "All stocks of a market: HK, US, CN, NEEQ.")
    String market;

    @Option(names = "--list", paramLabel = "ID", description = "A watch list of the workspace, by id (e.g. hk, us, a-media).")
    String list;
  }

  @Mixin PeriodMixin periodMixin;

  @Option(names = "--top", defaultValue = "10", description = "How many gainers and losers. Default: ${DEFAULT-VALUE}")
  int top;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
  OutputFormat format;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1, got " + top);
    }
    MarketDesk.MoversScope s;
    if (scope.market != null) {
      Market m;
      try {
        m = Market.valueOf(scope.market.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--market must be one of " + Arrays.toString(Market.values()) + ", got '" + scope.market + "'");
      }
      s = MarketDesk.MoversScope.ofMarket(m);
    } else {
      s = MarketDesk.MoversScope.ofWatchList(scope.list);
    }
    try (Desk desk = root.openDeskToRead()) {
      MarketDesk.MoversTable t = desk.market().movers(s, periodMixin.period(), top);
      for (var r : MarketDesk.staleOf(t.all())) {
        spec.commandLine().getErr().println("stale: " + r.code() + " data ends " + r.dataThrough()
            + ", before the last trading day of the period: left out of the table");
      }
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json -> Json.print(out, json(t));
        case csv -> csv(out, t);
        default -> table(out, t);
      }
      return ExitCodes.OK;
    }
  }

  static Map<String, Object> json(MarketDesk.MoversTable t) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("period", Map.of("start", t.period().start().toString(), "end", t.period().end().toString()));
    root.put("scope", t.scope());
    root.put("names", t.names());
    root.put("without_return", t.withoutReturn());
    List<Map<String, Object>> stale = new ArrayList<>();
    for (var r : MarketDesk.staleOf(t.all())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", r.code());
      m.put("status", r.status().name().toLowerCase(Locale.ROOT));
      m.put("data_through", r.dataThrough() == null ? null : r.dataThrough().toString());
      stale.add(m);
    }
    root.put("stale", stale);
    root.put("top", rows(t.top()));
    root.put("bottom", rows(t.bottom()));
    return root;
  }

  private static List<Map<String, Object>> rows(List<MoverRow> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    int rank = 1;
    for (MoverRow r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", rank++);
      m.put("code", r.security().code());
      m.put("name", r.security().displayName());
      m.put("market", r.security().market().name());
      m.put("return_pct", Numbers.pctValue(r.periodReturn().value()));
      m.put("close", Numbers.value(r.close()));
      m.put("close_date", r.closeDate() == null ? null : r.closeDate().toString());
      m.put("currency", r.security().currency());
      m.put("mcap_yi", Numbers.value(r.marketCapYi()));
      m.put("mcap_cny_yi", Numbers.value(r.marketCapBaseYi()));
      m.put("status", r.periodReturn().status().name().toLowerCase(Locale.ROOT));
      m.put("data_through", r.periodReturn().dataThrough() == null ? null : r.periodReturn().dataThrough().toString());
      out.add(m);
    }
    return out;
  }

  private static void csv(PrintWriter out, MarketDesk.MoversTable t) {
    Csv.line(out, List.of("side", "rank", "code", "name", "return_pct", "close", "currency", "mcap_yi", "mcap_cny_yi", "status"));
    for (String side : List.of("top", "bottom")) {
      int rank = 1;
      for (MoverRow r : side.equals("top") ? t.top() : t.bottom()) {
        Csv.line(out, Arrays.asList(side, rank++, r.security().code(), r.security().displayName(),
            Numbers.pctValue(r.periodReturn().value()), Numbers.value(r.close()), r.security().currency(),
            Numbers.value(r.marketCapYi()), Numbers.value(r.marketCapBaseYi()),
            r.periodReturn().status().name().toLowerCase(Locale.ROOT)));
      }
    }
    out.flush();
  }

  private static void table(PrintWriter out, MarketDesk.MoversTable t) {
    out.println(t.scope() + "  " + t.period().start() + " 至 " + t.period().end() + "  (" + t.names() + " names"
        + (t.withoutReturn() > 0 ? ", " + t.withoutReturn() + " without a return" : "") + ")");
    for (String side : List.of("涨幅前" + t.top().size(), "跌幅前" + t.bottom().size())) {
      List<MoverRow> rows = side.startsWith("涨") ? t.top() : t.bottom();
      out.println();
      out.println(side);
      TextTable tt = new TextTable(List.of("股票代码", "股票名称", "市值(亿)", "涨跌幅", ""), false, false, true, true, false);
      for (MoverRow r : rows) {
        tt.row(List.of(r.security().code(), r.security().displayName(), Numbers.num(r.marketCapYi(), 2, true),
            Numbers.pct(r.periodReturn().value(), 1) + "%",
            r.periodReturn().status() == ReturnStatus.NORMAL ? "" : r.periodReturn().status().name().toLowerCase(Locale.ROOT)));
      }
      tt.print(out);
    }
    List<String> stale = MarketDesk.staleOf(t.all()).stream().map(r -> r.code() + " data through " + r.dataThrough()).toList();
    if (!stale.isEmpty()) {
      out.println();
      out.println(StaleNotes.MARK + " left out, stale (data ends before the period's last trading day): " + String.join("; ", stale));
    }
  }
}
