package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sectordesk.analytics.MarketReview;
import org.sectordesk.analytics.ReviewRow;
import org.sectordesk.desk.Desk;
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
      MarketReview review = desk.market().review(periodMixin.period(), overrides, null);
      StaleNotes.print(spec.commandLine().getErr(), review);
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json -> Json.print(out, json(review));
        case csv -> csv(out, review);
        default -> table(out, review);
      }
      return ExitCodes.OK;
    }
  }

  static Map<String, Object> json(MarketReview review) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("period", Map.of("start", review.period().start().toString(), "end", review.period().end().toString()));
    List<Map<String, Object>> benchmarks = new ArrayList<>();
    for (MarketReview.BenchmarkReturn b : review.benchmarks()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", b.index().code());
      m.put("name", b.index().displayName());
      m.put("return_pct", Numbers.pctValue(b.periodReturn().value()));
      m.put("end_date", b.periodReturn().end() == null ? null : b.periodReturn().end().date().toString());
      m.put("status", b.periodReturn().status().name().toLowerCase());
      m.put("data_through", date(b.periodReturn().dataThrough()));
      benchmarks.add(m);
    }
    root.put("benchmarks", benchmarks);
    root.put("base_currency", review.baseCurrency());
    root.put("ytd_base", date(review.ytdBase()));
    root.put("close_date", date(review.closeDate()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReviewRow r : review.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", r.security().code());
      m.put("name", r.security().displayName());
      m.put("sector", r.security().subSector());
      m.put("market", r.security().market().name());
      m.put("return_pct", Numbers.pctValue(r.periodReturn().value()));
      m.put("benchmark", r.benchmark());
      m.put("vs_benchmark_pct", Numbers.pctValue(r.vsBenchmark()));
      m.put("ytd_pct", Numbers.pctValue(r.ytd().value()));
      m.put("close", Numbers.value(r.close()));
      m.put("currency", r.security().currency());
      m.put("mcap_cny_yi", Numbers.value(r.marketCapBaseYi()));
      m.put("close_date", r.closeDate() == null ? null : r.closeDate().toString());
      m.put("status", r.periodReturn().status().name().toLowerCase());
      m.put("data_through", date(r.periodReturn().dataThrough()));
      m.put("ytd_status", r.ytd().status().name().toLowerCase());
      m.put("fx_rate", r.fx() == null ? null : Numbers.value(r.fx().rate()));
      m.put("fx_date", r.fx() == null ? null : r.fx().date().toString());
      m.put("fx_source", r.fx() == null ? null : r.fx().source());
      m.put("fx_kind", r.fx() == null ? null : r.fx().kind().label());
      m.put("fx_stale", r.fx() == null ? null : r.fx().stale());
      rows.add(m);
    }
    root.put("rows", rows);
    return root;
  }

  private static String date(java.time.LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static void csv(PrintWriter out, MarketReview review) {
    Csv.line(out, List.of("code", "name", "sector", "market", "return_pct", "benchmark", "vs_benchmark_pct",
        "ytd_pct", "close", "currency", "mcap_cny_yi"));
    for (ReviewRow r : review.rows()) {
      Csv.line(out, java.util.Arrays.asList(r.security().code(), r.security().displayName(), r.security().subSector(),
          r.security().market().name(), Numbers.pctValue(r.periodReturn().value()), r.benchmark(),
          Numbers.pctValue(r.vsBenchmark()), Numbers.pctValue(r.ytd().value()), Numbers.value(r.close()),
          r.security().currency(), Numbers.value(r.marketCapBaseYi())));
    }
    out.flush();
  }

  private static void table(PrintWriter out, MarketReview review) {
    out.println("Market review " + review.period().start() + " to " + review.period().end());
    for (MarketReview.BenchmarkReturn b : review.benchmarks()) {
      out.println("  " + b.index().displayName() + " (" + b.index().code() + "): "
          + (b.periodReturn().isStale() ? "— " + StaleNotes.MARK + " data through " + b.periodReturn().dataThrough()
              : Numbers.pct(b.periodReturn().value(), 2) + "%"));
    }
    out.println();
    TextTable t = new TextTable(List.of("细分板块", "证券代码", "证券名称", "涨跌幅%", "与所在指数对比pct",
        "年初至今%", "收盘价", "市值(亿" + review.baseCurrency() + ")"),
        false, false, false, true, true, true, true, true);
    String lastSector = null;
    for (ReviewRow r : review.rows()) {
      String sector = r.security().subSector();
      String mark = r.periodReturn().isStale() || r.ytd().isStale() ? StaleNotes.MARK : "";
      t.row(List.of(sector.equals(lastSector) ? "" : sector, r.security().code(), r.security().displayName() + mark,
          Numbers.pct(r.periodReturn().value(), 1), Numbers.pct(r.vsBenchmark(), 1), Numbers.pct(r.ytd().value(), 2),
          Numbers.num(r.close(), 1, true), Numbers.num(r.marketCapBaseYi(), 0, true)));
      lastSector = sector;
    }
    t.print(out);
    StaleNotes.footnotes(out, review);
    out.println("YTD from the close on or before " + review.ytdBase() + "; closes as of " + review.closeDate() + ".");
  }
}
