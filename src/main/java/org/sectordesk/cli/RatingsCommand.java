package org.sectordesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.sectordesk.desk.RatingBookDesk;
import org.sectordesk.desk.RatingBookView;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.view.RatingListView;

/** {@code desk ratings list|score}. */
@Command(name = "ratings", mixinStandardHelpOptions = true,
    description = {"The rating book: every published rating, and how each fared against its scheme's benchmark."},
    subcommands = {RatingsCommand.ListCommand.class, RatingsCommand.ScoreCommand.class})
final class RatingsCommand {

  static String checkFormat(String format) {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("table", "json", "csv").contains(fmt)) {
      throw new IllegalArgumentException("--format must be table, json or csv, got '" + format + "'");
    }
    return fmt;
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = {"Every stored rating in date order, with the date the next rating on the same name replaced it."})
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LangOption lang;

    @Option(names = "--scheme", paramLabel = "ID", description = "Only ratings under this scheme.")
    String scheme;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Only this analyst's ratings.")
    String analyst;

    @Option(names = "--code", paramLabel = "CODE", description = "Only the ratings of this security (e.g. 0700.HK).")
    String code;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
        description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
      String fmt = checkFormat(format);
      DeskCommand root = (DeskCommand) spec.root().userObject();
      try (Desk desk = root.openDeskToRead()) {
        RatingListView view = code == null ? desk.ratingList(scheme, analyst) : desk.ratingList(scheme, analyst, code);
        List<RatingBookDesk.Listed> list = view.ratings();
        PrintWriter out = spec.commandLine().getOut();
        if (fmt.equals("json")) {
          Json.print(out, view);
        } else {
          boolean csv = fmt.equals("csv");
          BookTable t = new BookTable(csv
              ? List.of("date", "code", "name", "scheme", "tier", "target_price", "analyst", "replaced_on", "title")
              : lang.en() ? List.of("Date", "Code", "Name", "Scheme", "Tier", "Target price", "Analyst", "Replaced on", "Title")
              : List.of("日期", "代码", "名称", "体系", "评级", "目标价", "分析师", "被替代日", "报告标题"),
              List.of(false, false, false, false, false, true, false, false, false));
          for (RatingBookDesk.Listed l : list) {
            t.add(List.of(l.date().toString(), l.code(), l.name(), l.scheme(), l.tier(),
                csv ? BookTable.raw(l.targetPrice()) : BookTable.num(l.targetPrice(), 2), l.analyst(),
                l.replacedOn() == null ? "" : l.replacedOn().toString(), l.title()));
          }
          if (csv) {
            t.printCsv(out);
          } else {
            t.printText(out);
            out.println(lang.t("共 " + list.size() + " 条评级", list.size() + " ratings"));
          }
        }
        out.flush();
        return ExitCodes.OK;
      }
    }
  }

  @Command(name = "score", mixinStandardHelpOptions = true,
      description = {"Score the rating book: excess return, realised tier, hit or miss, summaries.",
          "Every rating's excess return over the scheme's benchmark at 6 and 12 months (adjusted closes, last",
          "close on or before each date), the realised tier, hit or miss, and status scored, pending",
          "(horizon not reached: shows how it stands on the as-of date), superseded (replaced before its horizon:",
          "judged to the replacement date), delisted (a delisting recorded in desk.yaml: judged to the last close",
          "before it) or stale (the data ends early without a recorded delisting: no score, left out of the",
          "summaries and counted in their stale column). Summaries by scheme and tier,",
          "analyst and year, and a confusion matrix of published against realised tier."})
  static final class ScoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LangOption lang;

    @Option(names = "--scheme", paramLabel = "ID", description = "Only ratings under this scheme.")
    String scheme;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Only this analyst's ratings.")
    String analyst;

    @Option(names = "--as-of", paramLabel = "DATE",
        description = "Score with the data up to this date (default: the latest benchmark close).")
    LocalDate asOf;

    @Option(names = "--summary-only", description = "Print only the summaries (table and csv).")
    boolean summaryOnly;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
        description = "table, json or csv (default: ${DEFAULT-VALUE}). csv prints the ratings, or with --summary-only the tier summary.")
    String format;

    @Override
    public Integer call() {
      String fmt = checkFormat(format);
      DeskCommand root = (DeskCommand) spec.root().userObject();
      try (Desk desk = root.openDeskToRead()) {
        RatingBookView v = desk.ratings(asOf, scheme, analyst);
        PrintWriter out = spec.commandLine().getOut();
        switch (fmt) {
          case "json" -> Json.print(out, v);
          case "csv" -> (summaryOnly ? summaryTable(v.summary(), true) : ratingsTable(v.ratings(), true)).printCsv(out);
          default -> printText(v, out, summaryOnly, lang);
        }
        out.flush();
        return ExitCodes.OK;
      }
    }
  }

  /** A status word of the table: {@code scored}, {@code pending} … in the chosen language (JSON and CSV keep the ids). */
  static String status(String id, LangOption lang) {
    if (!lang.en()) {
      return switch (id) {
        case "scored" -> "已评分";
        case "pending" -> "未到期";
        case "superseded" -> "已被替代";
        case "delisted" -> "已退市";
        case "stale" -> "数据不全";
        default -> id;
      };
    }
    return id;
  }

  static String target(String label, LangOption lang) {
    return lang.en() ? label : switch (label) {
      case "stock" -> "个股";
      case "industry" -> "行业";
      default -> label;
    };
  }

  static void printText(RatingBookView v, PrintWriter out, boolean summaryOnly, LangOption lang) {
    out.println(lang.t("评级回测 — 截至 " + v.asOf(), "Rating book — scored as of " + v.asOf()));
    if (v.overall().stale() > 0) {
      out.println(lang.t(v.overall().stale() + "条评级数据不全：个股数据提前终止且desk.yaml未记录退市，不评分，不计入汇总（见“数据不全”列）",
          v.overall().stale() + " rating(s) stale: the name's data ends early and desk.yaml records no delisting;"
              + " no score, left out of the summaries (column stale)"));
    }
    out.println();
    out.println(lang.t("按评级体系与发布评级", "By scheme and published tier"));
    summaryTable(v.summary(), false, lang).printText(out);
    out.println();
    out.println(lang.t("按分析师", "By analyst"));
    groupTable(lang.t("分析师", "analyst"), v.byAnalyst(), lang).printText(out);
    out.println();
    out.println(lang.t("按发布年份", "By year of publication"));
    groupTable(lang.t("年份", "year"), v.byYear(), lang).printText(out);
    for (RatingBookView.Confusion c : v.confusion()) {
      out.println();
      out.println(lang.t("发布评级（行）与实现评级（列）：" + c.scheme() + "，" + target(c.target(), lang),
          "Published (rows) vs realised (columns) tier: " + c.scheme() + ", " + c.target()));
      List<String> header = new ArrayList<>();
      header.add("");
      header.addAll(c.realised());
      List<Boolean> right = new ArrayList<>();
      right.add(false);
      c.realised().forEach(x -> right.add(true));
      BookTable t = new BookTable(header, right);
      for (int i = 0; i < c.published().size(); i++) {
        List<String> row = new ArrayList<>();
        row.add(c.published().get(i));
        c.counts().get(i).forEach(n -> row.add(Integer.toString(n)));
        t.add(row);
      }
      t.printText(out);
    }
    if (!summaryOnly) {
      out.println();
      out.println(lang.t("评级明细（超额收益 %，相对基准）", "Ratings (excess in %, vs the benchmark)"));
      ratingsTable(v.ratings(), false, lang).printText(out);
      // the scorer's notes are English diagnostics: in Chinese they go below the table, one a line, not into a row
      List<RatingBookView.Rated> noted = v.ratings().stream().filter(r -> !r.note().isEmpty()).toList();
      if (!lang.en() && !noted.isEmpty()) {
        out.println();
        out.println("说明：");
        for (RatingBookView.Rated r : noted) {
          out.println("  " + r.date() + " " + r.code() + ": " + r.note());
        }
      }
    }
  }

  static BookTable summaryTable(List<RatingBookView.TierRow> rows, boolean csv) {
    return summaryTable(rows, csv, null);
  }

  static BookTable summaryTable(List<RatingBookView.TierRow> rows, boolean csv, LangOption lang) {
    boolean zh = !csv && lang != null && !lang.en();
    BookTable t = new BookTable(zh
        ? List.of("体系", "对象", "评级", "数量", "已评分", "命中", "命中率 %", "平均超额 %", "超额中位数 %", "未到期 %", "数据不全")
        : List.of("scheme", "target", "tier", "count", "scored", "hits", "hit_rate" + (csv ? "" : " %"),
            "avg_excess" + (csv ? "_pct" : " %"), "median_excess" + (csv ? "_pct" : " %"), csv ? "share_pending" : "pending %",
            "stale"),
        List.of(false, false, false, true, true, true, true, true, true, true, true));
    for (RatingBookView.TierRow r : rows) {
      RatingBookView.Stats s = r.stats();
      t.add(List.of(r.scheme(), zh ? target(r.target(), lang) : r.target(), r.tier(), Integer.toString(s.count()),
          Integer.toString(s.scored()),
          Integer.toString(s.hits()), csv ? BookTable.raw(s.hitRate()) : BookTable.pct(s.hitRate(), 0),
          csv ? BookTable.rawPct(s.avgExcess()) : BookTable.pct(s.avgExcess(), 1),
          csv ? BookTable.rawPct(s.medianExcess()) : BookTable.pct(s.medianExcess(), 1),
          csv ? BookTable.raw(s.sharePending()) : BookTable.pct(s.sharePending(), 0), Integer.toString(s.stale())));
    }
    return t;
  }

  static BookTable groupTable(String key, List<RatingBookView.GroupRow> rows, LangOption lang) {
    BookTable t = new BookTable(lang.en()
        ? List.of(key, "count", "scored", "hits", "hit_rate %", "avg_excess %", "median_excess %", "pending %", "stale")
        : List.of(key, "数量", "已评分", "命中", "命中率 %", "平均超额 %", "超额中位数 %", "未到期 %", "数据不全"),
        List.of(false, true, true, true, true, true, true, true, true));
    for (RatingBookView.GroupRow r : rows) {
      RatingBookView.Stats s = r.stats();
      t.add(List.of(r.key(), Integer.toString(s.count()), Integer.toString(s.scored()), Integer.toString(s.hits()),
          BookTable.pct(s.hitRate(), 0), BookTable.pct(s.avgExcess(), 1), BookTable.pct(s.medianExcess(), 1),
          BookTable.pct(s.sharePending(), 0), Integer.toString(s.stale())));
    }
    return t;
  }

  static BookTable ratingsTable(List<RatingBookView.Rated> rows, boolean csv) {
    return ratingsTable(rows, csv, null);
  }

  static BookTable ratingsTable(List<RatingBookView.Rated> rows, boolean csv, LangOption lang) {
    boolean zh = !csv && lang != null && !lang.en();
    BookTable t = new BookTable(csv
        ? List.of("date", "code", "name", "scheme", "tier", "analyst", "benchmark", "excess_6m_pct", "excess_12m_pct",
            "excess_pct", "evaluated_to", "realised_tier", "hit", "status", "replaced_on", "note")
        : zh ? List.of("日期", "代码", "名称", "体系", "评级", "分析师", "基准", "6个月", "12个月", "超额", "截至",
            "实现评级", "命中", "状态")
        : List.of("date", "code", "name", "scheme", "tier", "analyst", "benchmark", "6m", "12m", "excess", "to",
            "realised", "hit", "status"),
        csv ? List.of(false, false, false, false, false, false, false, true, true, true, false, false, false, false, false, false)
            : List.of(false, false, false, false, false, false, false, true, true, true, false, false, false, false));
    for (RatingBookView.Rated r : rows) {
      String hit = r.hit() == null ? "" : r.hit() ? (zh ? "命中" : "hit") : (zh ? "未命中" : "miss");
      if (csv) {
        t.add(List.of(r.date().toString(), r.code(), r.name(), r.scheme(), r.tier(), r.analyst(), r.benchmark(),
            BookTable.rawPct(r.excess6m()), BookTable.rawPct(r.excess12m()), BookTable.rawPct(r.excess()),
            r.evaluatedTo() == null ? "" : r.evaluatedTo().toString(), r.realisedTier(),
            r.hit() == null ? "" : r.hit().toString(), r.status(), r.replacedOn() == null ? "" : r.replacedOn().toString(),
            r.note()));
      } else {
        t.add(List.of(r.date().toString(), r.code(), r.name(), r.scheme(), r.tier(), r.analyst(), r.benchmark(),
            BookTable.pct(r.excess6m(), 1), BookTable.pct(r.excess12m(), 1), BookTable.pct(r.excess(), 1),
            r.evaluatedTo() == null ? "" : r.evaluatedTo().toString(), r.realisedTier(), hit,
            zh ? status(r.status(), lang) : r.status() + (r.note().isEmpty() ? "" : " (" + r.note() + ")")));
      }
    }
    return t;
  }
}
