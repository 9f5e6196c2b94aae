package org.sectordesk.cli;

import org.sectordesk.desk.DataRejectedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.NewsDesk;
import org.sectordesk.desk.view.EvaluationView;
import org.sectordesk.desk.view.NewsDigestView;
import org.sectordesk.desk.view.TrackerView;
import org.sectordesk.domain.BadInputException;
import org.sectordesk.desk.bench.NewsBench;
import org.sectordesk.domain.Period;
import org.sectordesk.news.ModelSelection;
import org.sectordesk.news.NewsItem;
import org.sectordesk.news.SectionModel;
import org.sectordesk.news.Section;
import org.sectordesk.news.TrackerRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code desk news …}: import, digest, tracker, relabel, train, eval, bench. */
@Command(name = "news", mixinStandardHelpOptions = true,
    description = {"News items: import, file by section and company, digest, and the AI application tracker.",
        "Near-duplicates are folded; the digest gives the report's news sections and the A-share AI application tracker."},
    subcommands = {NewsCommand.Import.class, NewsCommand.Digest.class, NewsCommand.Tracker.class,
        NewsCommand.Relabel.class, NewsCommand.Train.class, NewsCommand.Eval.class, NewsCommand.Bench.class})
final class NewsCommand {
  @ParentCommand DeskCommand root;

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Import news items from a JSON lines, CSV or RSS/Atom file.",
          "The format follows the extension (.jsonl, .csv, .rss, .atom, .xml), else the content.",
          "Fields: title, body, source, url, published. Undated items take the date their text names",
          "(\"11 月 17 日\", \"根据 11 月 20 日消息\"), its year inferred from --period; items naming no day",
          "are dated to the month (published 2025-11, else --period) with date precision 'month'.",
          "Each new item is embedded (BGE-small-zh, in-process) and the embedding stored with it.",
          "All or nothing: any bad item rejects the file (exit 3). Re-importing changes nothing."})
  static final class Import implements Callable<Integer> {
    @ParentCommand NewsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The news file (.jsonl, .csv, .rss, .atom, .xml).")
    Path file;

    @Option(names = "--period", paramLabel = "YYYY-MM",
        description = "The month the items belong to: gives the year of dates read from the text, and dates items naming no day.")
    YearMonth period;

    @Override
    public Integer call() {
      try (Desk desk = parent.root.openDesk()) {
        NewsDesk.ImportResult r = desk.news().importNews(file, period);
        if (!r.ok()) {
          throw DataRejectedException.of("news file " + file, r.problems());
        }
        spec.commandLine().getOut().printf("%s: %d items read, %d new, %d replaced, %d unchanged (%d dated from their text%s)%n",
            r.file(), r.read(), r.added(), r.replaced(), r.unchanged(), r.datedFromText(),
            r.monthOnly() == 0 ? "" : ", " + r.monthOnly() + " naming no day, dated to the month");
        return ExitCodes.OK;
      }
    }
  }

  @Command(name = "digest", mixinStandardHelpOptions = true,
      description = {"The news of a period by section, near-duplicates folded.",
          "Sections in report order: AI (by company), policy, games, fintech, e-commerce, local services,",
          "short video, company news. One line per story, or the full text with --full."})
  static final class Digest implements Callable<Integer> {
    @ParentCommand NewsCommand parent;
    @Spec CommandSpec spec;
    @Mixin PeriodMixin window;
    @Mixin LangOption lang;

    @Option(names = "--full", description = "Print each story's full text.")
    boolean full;

    @Option(names = "--search", paramLabel = "TEXT",
        description = "Only stories whose title, text or source hold every word of TEXT (case-insensitive).")
    String search;

    @Option(names = "--company", paramLabel = "CODE",
        description = "Only stories naming this company (its code, name or alias).")
    String company;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Override
    public Integer call() {
      Period p = window.period();
      NewsDigestView d;
      try (Desk desk = parent.root.openDeskToRead()) {
        d = search == null && company == null ? desk.newsDigest(p, full) : desk.newsDigest(p, full, search, company);
      }
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json -> Json.print(out, d);
        case csv -> csv(out, d);
        default -> table(out, d);
      }
      return ExitCodes.OK;
    }

    private void csv(PrintWriter out, NewsDigestView d) {
      List<String> head = new ArrayList<>(List.of("section", "date", "id", "main_company", "companies", "models", "title",
          "source", "url", "duplicates"));
      if (full) {
        head.add("body");
      }
      Csv.line(out, head);
      for (NewsDigestView.Section s : d.sections()) {
        for (NewsDigestView.Entry e : s.entries()) {
          List<Object> row = new ArrayList<>(List.of(s.section(), e.date(), e.id(), who(e, ""),
              String.join(";", e.companies()), String.join(";", e.models()), e.title(), String.join(";", e.sources()),
              e.url(), String.join(";", e.duplicates())));
          if (full) {
            row.add(e.body());
          }
          Csv.line(out, row);
        }
      }
    }

    private void table(PrintWriter out, NewsDigestView d) {
      if (lang.en()) {
        out.printf("News %s to %s: %d items, %d near-duplicates folded%n", d.period().start(), d.period().end(), d.items(),
            d.duplicatesFolded());
      } else {
        out.printf("新闻 %s 至 %s：共 %d 条，合并近似重复 %d 条%n", d.period().start(), d.period().end(), d.items(),
            d.duplicatesFolded());
      }
      for (NewsDigestView.Section s : d.sections()) {
        if (lang.en()) {
          out.printf("%n== %s (%s): %d ==%n", englishTitle(s.section()), s.section(), s.entries().size());
        } else {
          out.printf("%n== %s：%d 条 ==%n", s.title(), s.entries().size());
        }
        if (s.entries().isEmpty()) {
          continue;
        }
        if (full) {
          for (NewsDigestView.Block b : s.blocks()) {
            out.printf("%n【%s】%n", b.heading());
            for (NewsDigestView.Entry e : b.entries()) {
              out.printf("%s  %s  %s  %s%n", e.day(), e.id(), who(e, "-"), e.title());
              out.printf("    %s%s%s%n", lang.t("来源：", "Source: "), String.join(", ", e.sources()), folded(e));
              // the date once, then the text without its own opening date
              String prefix = "    " + (lang.en() ? e.day() + ": " : e.chineseDate() + "，");
              for (String line : e.bodyAfterDate().split("\n")) {
                if (!line.isBlank()) {
                  out.println(prefix + line);
                  prefix = "    ";
                }
              }
            }
          }
          continue;
        }
        TextTable t = new TextTable(lang.en() ? List.of("Date", "ID", "Company", "Title", "Source")
            : List.of("日期", "ID", "公司", "标题", "来源"));
        for (NewsDigestView.Entry e : s.entries()) {
          t.row(List.of(e.day(), e.id(), who(e, "-"), e.title(), String.join(", ", e.sources()) + folded(e)));
        }
        t.print(out);
      }
    }

    private static String who(NewsDigestView.Entry e, String none) {
      return e.mainCompany() == null ? none : e.mainCompany();
    }

    private String folded(NewsDigestView.Entry e) {
      int n = e.duplicates().size();
      if (n == 0) {
        return "";
      }
      return lang.en() ? " (+" + n + " duplicate" + (n == 1 ? "" : "s") + ")" : "（另有 " + n + " 条重复）";
    }

    /** The section's English heading (the Chinese one is the report's, in {@link Section#title()}). */
    static String englishTitle(String id) {
      return switch (id) {
        case "ai" -> "AI";
        case "policy" -> "Policy";
        case "games" -> "Games";
        case "fintech" -> "Fintech";
        case "ecommerce" -> "E-commerce";
        case "local_services" -> "Local services";
        case "short_video" -> "Short video";
        case "other" -> "Company news";
        default -> id;
      };
    }
  }

  @Command(name = "tracker", mixinStandardHelpOptions = true,
      description = {"The A-share AI application tracker of a period.",
          "Company, code, date, event and the AI models the item names (ChatGPT, 文心一言, 通义千问, Kimi,",
          "DeepSeek, 豆包 …), as the weekly report's table."})
  static final class Tracker implements Callable<Integer> {
    @ParentCommand NewsCommand parent;
    @Spec CommandSpec spec;
    @Mixin PeriodMixin window;
    @Mixin LangOption lang;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Override
    public Integer call() {
      Period p = window.period();
      TrackerView t;
      try (Desk desk = parent.root.openDeskToRead()) {
        t = desk.newsTracker(p);
      }
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json -> Json.print(out, t);
        case csv -> {
          Csv.line(out, List.of("company", "code", "date", "event", "models", "item_id"));
          for (TrackerRow r : t.rows()) {
            Csv.line(out, List.of(r.company(), r.code(), r.date(), r.event(), String.join(";", r.models()), r.itemId()));
          }
        }
        default -> {
          if (lang.en()) {
            out.printf("A-share AI application tracker, %s to %s: %d events%n", p.start(), p.end(), t.rows().size());
          } else {
            out.printf("A股AI应用跟踪 %s 至 %s：共 %d 条%n", p.start(), p.end(), t.rows().size());
          }
          TextTable table = new TextTable(lang.en() ? List.of("Company", "Code", "Date", "Event", "Models")
              : List.of("公司名称", "股票代码", "日期", "事件", "涉及模型"));
          String last = null;
          for (TrackerRow r : t.rows()) {
            boolean same = r.code().equals(last);
            last = r.code();
            table.row(List.of(same ? "" : r.company(), same ? "" : r.code(), r.date().toString(), r.event(),
                String.join(lang.t("、", ", "), r.models())));
          }
          table.print(out);
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "relabel", mixinStandardHelpOptions = true,
      description = {"Record the right section of an item.",
          "Ids are in the digest. Labels win over the classifier and are used by `desk news train`."})
  static final class Relabel implements Callable<Integer> {
    @ParentCommand NewsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The item's id, e.g. n3f9a0c21be.")
    String id;

    @Parameters(index = "1", paramLabel = "SECTION",
        description = "ai, policy, games, fintech, ecommerce, local_services, short_video or other.")
    String section;

    @Override
    public Integer call() {
      Section s = Section.of(section);
      try (Desk desk = parent.root.openDesk()) {
        NewsItem i = desk.news().relabel(id, s, LocalDateTime.now());
        spec.commandLine().getOut().printf("%s %s: now filed under %s (%s)%n", i.id(), i.headline(), s.id(), s.title());
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "train", mixinStandardHelpOptions = true,
      description = {"Retrain the section classifier.",
          "Trains naive Bayes and the embedding model on the shipped examples plus this workspace's",
          "relabelled items, chooses between them and their combination by five-fold cross-validation,",
          "writes news/model.tsv and news/embedding-model.tsv and re-files the stored items."})
  static final class Train implements Callable<Integer> {
    @ParentCommand NewsCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Desk desk = parent.root.openDesk()) {
        NewsDesk.TrainResult r = desk.news().train();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("trained on %d shipped examples and %d relabelled items; vocabulary %d words%n",
            r.examples(), r.relabelled(), r.vocabulary());
        out.printf("five-fold cross-validation on the %d examples:%n", r.heldOut());
        for (ModelSelection.Score s : r.selection().scores()) {
          out.printf("  %s %-24s %5.1f%%%n", s == r.selection().chosen() ? "*" : " ",
              s.mode().id() + (s.mode() == SectionModel.Mode.COMBINED ? " (naive Bayes weight " + s.weight() + ")" : ""),
              100 * s.accuracy());
        }
        out.printf("chosen: %s, %.1f%%%n", r.selection().chosen().mode().id(), 100 * r.heldOutAccuracy());
        out.printf("models written to %s and %s; %d stored items re-filed%s%n", r.model(), r.embeddingModel(), r.refiled(),
            r.embedded() == 0 ? "" : ", " + r.embedded() + " stored items embedded");
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = {"Score the classifier and the company tagger on a labelled file.",
          "A JSON lines file, one item a line:",
          "{\"text\": …, \"section\": ai|policy|games|fintech|ecommerce|local_services|short_video|other,",
          " \"company\": any alias the dictionary knows, or null}.",
          "With -w DIR it uses that workspace's dictionary and model; without, the shipped defaults.",
          "Company accuracy counts only the items whose label names a company."})
  static final class Eval implements Callable<Integer> {
    @ParentCommand NewsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The labelled .jsonl file.")
    Path file;

    @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Override
    public Integer call() {
      EvaluationView e;
      if (workspaceGiven()) {
        try (Desk desk = parent.root.openDeskToRead()) {
          e = Desk.evaluate(file, desk);
        }
      } else {
        e = Desk.evaluate(file, null);
      }
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json -> Json.print(out, e);
        case csv -> throw new BadInputException("eval prints table or json");
        default -> {
          out.printf("%d items: section accuracy %s, main-company accuracy %s (over %d items that name a company)%n",
              e.n(), pct(e.sectionAccuracy()), pct(e.companyAccuracy()), e.companyN());
          out.println();
          out.println("confusion (rows: label, columns: predicted)");
          StringBuilder h = new StringBuilder(String.format("  %-15s", ""));
          for (Section s : Section.values()) {
            h.append(String.format("%8.7s", s.id()));
          }
          out.println(h);
          for (Map.Entry<String, Map<String, Integer>> row : e.confusion().entrySet()) {
            StringBuilder b = new StringBuilder(String.format("  %-15s", row.getKey()));
            for (int v : row.getValue().values()) {
              b.append(String.format("%8d", v));
            }
            out.println(b);
          }
        }
      }
      return ExitCodes.OK;
    }

    private boolean workspaceGiven() {
      ParseResult pr = spec.root().commandLine().getParseResult();
      while (pr != null) {
        if (pr.hasMatchedOption("--workspace")) {
          return true;
        }
        pr = pr.hasSubcommand() ? pr.subcommand() : null;
      }
      return false;
    }

    private static String pct(double v) {
      return Double.isFinite(v) ? String.format("%.1f%%", 100 * v) : "n/a";
    }
  }

  @Command(name = "bench", mixinStandardHelpOptions = true,
      description = {"Benchmark news import (with embedding) and the classification of stored items.",
          "Imports synthetic items (built from the shipped examples) into a scratch workspace, then",
          "re-files the stored items; prints the median items per second of each over repeated runs."})
  static final class Bench implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--items", defaultValue = "200", description = "New items per import run. Default: ${DEFAULT-VALUE}")
    int items;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs (after one warm-up). Default: ${DEFAULT-VALUE}")
    int runs;

    @Override
    public Integer call() {
      if (items < 1 || runs < 1) {
        throw new ParameterException(spec.commandLine(), "--items and --runs must be positive");
      }
      NewsBench.run(items, runs).lines().forEach(spec.commandLine().getOut()::println);
      return ExitCodes.OK;
    }
  }
}
