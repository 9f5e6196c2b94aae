package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.MarketDesk;
import org.sectordesk.desk.view.MoversView;
import org.sectordesk.domain.BadInputException;
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

  @Mixin LangOption lang;

  @Option(names = "--coverage", description = "With --market: only the covered names (desk.yaml's coverage), as the "
      + "monthly report's top-3 sentence ranks them; without it every stock of the market, watch-list names too.")
  boolean coverage;

  @Option(names = "--top", defaultValue = "10", description = "How many gainers and losers. Default: ${DEFAULT-VALUE}")
  int top;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
  OutputFormat format;

  @Override
  public Integer call() {
    MarketDesk.MoversScope s;
    if (scope.market != null) {
      Market m;
      try {
        m = Market.valueOf(scope.market.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--market must be one of " + Arrays.toString(Market.values()) + ", got '" + scope.market + "'");
      }
      s = coverage ? MarketDesk.MoversScope.ofCoverage(m) : MarketDesk.MoversScope.ofMarket(m);
    } else {
      if (coverage) {
        throw new BadInputException("--coverage goes with --market (a watch list is its own selection)");
      }
      s = MarketDesk.MoversScope.ofWatchList(scope.list);
    }
    try (Desk desk = root.openDesk()) {
      MoversView t = desk.movers(s, periodMixin.period(), top);
      for (MoversView.Stale r : t.stale()) {
        spec.commandLine().getErr().println("stale: " + r.code() + " data ends " + r.dataThrough()
            + ", before the last trading day of the period: left out of the table");
      }
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json -> Json.print(out, t);
        case csv -> csv(out, t);
        default -> table(out, t, lang);
      }
      return ExitCodes.OK;
    }
  }

  private static void csv(PrintWriter out, MoversView t) {
    Csv.line(out, List.of("side", "rank", "code", "name", "return_pct", "close", "currency", "mcap_yi", "mcap_cny_yi", "status"));
    for (String side : List.of("top", "bottom")) {
      for (MoversView.Row r : side.equals("top") ? t.top() : t.bottom()) {
        Csv.line(out, Arrays.asList(side, r.rank(), r.code(), r.name(), Numbers.pctValue(r.periodReturn()),
            Numbers.value(r.close()), r.currency(), Numbers.value(r.mcapYi()), Numbers.value(r.mcapCnyYi()), r.status()));
      }
    }
    out.flush();
  }

  static String statusZh(String status) {
    return switch (status) {
      case "listed_in_period" -> "期内上市";
      case "no_trades_in_period" -> "期内无交易";
      case "stale" -> "数据过期";
      case "no_data" -> "无数据";
      default -> status;
    };
  }

  private static void table(PrintWriter out, MoversView t, LangOption l) {
    String scope = t.scope().endsWith(" coverage") ? t.scope().replace(" coverage", l.t(" 覆盖公司", " coverage")) : t.scope();
    out.println(scope + "  " + t.period().start() + l.t(" 至 ", " to ") + t.period().end() + "  "
        + l.t("（" + t.names() + "只" + (t.withoutReturn() > 0 ? "，" + t.withoutReturn() + "只无涨跌幅" : "") + "）",
            "(" + t.names() + " names" + (t.withoutReturn() > 0 ? ", " + t.withoutReturn() + " without a return" : "") + ")"));
    for (boolean top : new boolean[] {true, false}) {
      List<MoversView.Row> rows = top ? t.top() : t.bottom();
      out.println();
      out.println(top ? l.t("涨幅前" + rows.size(), "Top " + rows.size()) : l.t("跌幅前" + rows.size(), "Bottom " + rows.size()));
      // the status column only when a row has one, and then with its heading
      boolean anyStatus = rows.stream().anyMatch(MoversView.Row::flagged);
      List<String> heads = new ArrayList<>(l.en() ? List.of("Code", "Name", "Mcap (100m)", "Return")
          : List.of("股票代码", "股票名称", "市值(亿)", "涨跌幅"));
      if (anyStatus) {
        heads.add(l.t("状态", "Status"));
      }
      TextTable tt = new TextTable(heads, false, false, true, true, false);
      for (MoversView.Row r : rows) {
        List<String> cells = new ArrayList<>(List.of(r.code(), r.name(), Numbers.num(r.mcapYi(), 2, true),
            Numbers.pct(r.periodReturn(), 1) + "%"));
        if (anyStatus) {
          cells.add(!r.flagged() ? "" : l.en() ? r.status() : statusZh(r.status()));
        }
        tt.row(cells);
      }
      tt.print(out);
    }
    List<String> stale = t.stale().stream().map(r -> r.code() + " data through " + r.dataThrough()).toList();
    if (!stale.isEmpty()) {
      out.println();
      out.println(StaleNotes.MARK + " left out, stale (data ends before the period's last trading day): " + String.join("; ", stale));
    }
  }
}
