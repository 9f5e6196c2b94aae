package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.view.ReviewView;
import org.sectordesk.domain.Conventions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"The market review of a period: the coverage table by sub-sector.",
        "Every covered name's return, its gap to its market's benchmark (pct points), YTD, last close and",
        "market cap in CNY 亿.",
        "Returns run from the last close before the period to the last close on or before its end,",
        "on adjusted closes; closes shown are raw.", "",
        "Examples:  desk -w WORK review --month 2024-11",
        "           desk -w WORK review --week 2024-09-02 --format json"})
final class ReviewCommand implements Callable<Integer> {
  @ParentCommand DeskCommand root;
  @Spec CommandSpec spec;
  @Mixin PeriodMixin periodMixin;

  @Mixin LangOption lang;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
  OutputFormat format;

  @Option(names = "--ytd-base", paramLabel = "DATE|calendar",
      description = "YTD from the close on or before DATE (seed 000: 2022-12-30) or calendar. Default: desk.yaml conventions.ytd_base")
  String ytdBase;

  @Option(names = "--close-as-of", paramLabel = "DATE|period_end|report_date",
      description = "The close and market cap as of this day. Default: desk.yaml conventions.close_as_of")
  String closeAsOf;

  @Override
  public Integer call() {
    try (Desk desk = root.openDeskToRead()) {
      Conventions overrides;
      try {
        overrides = new Conventions(ytdBase, closeAsOf, null, null);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      ReviewView review = desk.review(periodMixin.period(), overrides);
      StaleNotes.print(spec.commandLine().getErr(), review);
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json -> Json.print(out, review);
        case csv -> csv(out, review);
        default -> table(out, review, lang);
      }
      return ExitCodes.OK;
    }
  }

  private static void csv(PrintWriter out, ReviewView review) {
    Csv.line(out, List.of("code", "name", "sector", "market", "return_pct", "benchmark", "vs_benchmark_pct",
        "ytd_pct", "close", "currency", "mcap_cny_yi"));
    for (ReviewView.Row r : review.rows()) {
      Csv.line(out, java.util.Arrays.asList(r.code(), r.name(), r.sector(), r.market(), Numbers.pctValue(r.periodReturn()),
          r.benchmark(), Numbers.pctValue(r.vsBenchmark()), Numbers.pctValue(r.ytd()), Numbers.value(r.close()),
          r.currency(), Numbers.value(r.mcapCnyYi())));
    }
    out.flush();
  }

  private static void table(PrintWriter out, ReviewView review, LangOption l) {
    out.println(l.t("市场回顾 " + review.period().start() + " 至 " + review.period().end(),
        "Market review " + review.period().start() + " to " + review.period().end()));
    for (ReviewView.Benchmark b : review.benchmarks()) {
      out.println("  " + b.name() + " (" + b.code() + "): "
          + (b.isStale() ? "— " + StaleNotes.MARK + l.t(" 数据截至 ", " data through ") + b.dataThrough()
              : Numbers.pct(b.periodReturn(), 2) + "%"));
    }
    out.println();
    TextTable t = new TextTable(l.en()
        ? List.of("Sub-sector", "Code", "Name", "Return %", "vs index pct", "YTD %", "Close", "Mcap (100m " + review.baseCurrency() + ")")
        : List.of("细分板块", "证券代码", "证券名称", "涨跌幅%", "与所在指数对比pct", "年初至今%", "收盘价", "市值(亿" + review.baseCurrency() + ")"),
        false, false, false, true, true, true, true, true);
    String lastSector = null;
    for (ReviewView.Row r : review.rows()) {
      String sector = r.sector();
      String mark = (r.isStale() || r.isYtdStale() ? StaleNotes.MARK : "") + (r.isAdjustedOnly() ? StaleNotes.ADJUSTED_MARK : "");
      t.row(List.of(sector.equals(lastSector) ? "" : sector, r.code(), r.name() + mark,
          Numbers.pct(r.periodReturn(), 1), Numbers.pct(r.vsBenchmark(), 1), Numbers.pct(r.ytd(), 2),
          Numbers.num(r.close(), 1, true), Numbers.num(r.mcapCnyYi(), 0, true)));
      lastSector = sector;
    }
    t.print(out);
    StaleNotes.footnotes(out, review);
    out.println(l.t("年初至今自 " + review.ytdBase() + "（含）前最后收盘价起算；收盘价截至 " + review.closeDate() + "。",
        "YTD from the close on or before " + review.ytdBase() + "; closes as of " + review.closeDate() + "."));
  }
}
