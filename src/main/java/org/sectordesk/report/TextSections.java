package org.sectordesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Blocks of the text-like sections: the analyst's Markdown, the forecast table, news by section,
 * announcements, the AI tracker, rating definitions and the disclaimer. The inputs are plain records the
 * desk fills from the estimates, ratings and news results.
 */
public final class TextSections {
  private TextSections() {}

  /**
   * A line of the earnings-forecast and rating table. {@code eps}/{@code pe} are per fiscal year (null when unknown).
   * {@code ratedUnder} names the scheme of a rating printed as published because no mapping to the table's scheme
   * is stated (empty otherwise); {@code noEstimates} / {@code noClose} flag a listed name whose forecasts / close
   * are missing.
   */
  public record ForecastLine(String code, String name, String rating, Double close, Double marketCapMn,
      Map<Integer, Double> eps, Map<Integer, Double> pe, String ratedUnder, boolean noEstimates, boolean noClose) {
    public ForecastLine {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      rating = rating == null ? "" : rating;
      eps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(eps));
      pe = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pe));
      ratedUnder = ratedUnder == null ? "" : ratedUnder;
    }

    public ForecastLine(String code, String name, String rating, Double close, Double marketCapMn,
        Map<Integer, Double> eps, Map<Integer, Double> pe) {
      this(code, name, rating, close, marketCapMn, eps, pe, "", false, false);
    }

    /** The same line under another name (the English one). */
    public ForecastLine named(String other) {
      return new ForecastLine(code, other, rating, close, marketCapMn, eps, pe, ratedUnder, noEstimates, noClose);
    }
  }

  /** The forecast table's lines and the name of its one rating scheme (empty when none). */
  public record Forecasts(String schemeName, List<ForecastLine> lines) {
    public Forecasts {
      schemeName = schemeName == null ? "" : schemeName;
      lines = List.copyOf(lines);
    }
  }

  /**
   * A news story filed under a report section; {@code company} may be empty. {@code zhDate} is the
   * date as the Chinese report prints it ("11月28日", or "11月" when only the month is known; empty
   * for the default); {@code body} must not open with that date again. {@code companyHeading} heads
   * the company's block ("腾讯：混元发布新版本"; empty for the bare company name); {@code source} lists
   * every source of a folded story.
   */
  public record NewsLine(String section, String company, LocalDate date, String title, String body, String source,
      String zhDate, String companyHeading) {
    public NewsLine {
      Objects.requireNonNull(section, "section");
      company = company == null ? "" : company;
      Objects.requireNonNull(title, "title");
      body = body == null ? "" : body;
      source = source == null ? "" : source;
      zhDate = zhDate == null || zhDate.isEmpty()
          ? (date == null ? "" : date.getMonthValue() + "月" + date.getDayOfMonth() + "日") : zhDate;
      companyHeading = companyHeading == null ? "" : companyHeading;
    }

    public NewsLine(String section, String company, LocalDate date, String title, String body, String source) {
      this(section, company, date, title, body, source, "", "");
    }
  }

  /** A company announcement. */
  public record AnnouncementLine(LocalDateTime time, String code, String name, String title) {
    public AnnouncementLine {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(code, "code");
      name = name == null ? "" : name;
      Objects.requireNonNull(title, "title");
    }
  }

  /** One dated AI event of an A-share company, with the models it names. */
  public record TrackerLine(String company, String code, LocalDate date, String event, List<String> models) {
    public TrackerLine {
      Objects.requireNonNull(company, "company");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(event, "event");
      models = List.copyOf(models);
    }
  }

  /** A rating tier: its category (stock / industry), its name and what it means. */
  public record Tier(String category, String name, String meaning) {
    public Tier {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(meaning, "meaning");
    }
  }

  /** A rating scheme as the report prints it. */
  public record RatingScale(String title, String basis, List<Tier> tiers) {
    public RatingScale {
      Objects.requireNonNull(title, "title");
      basis = basis == null ? "" : basis;
      tiers = List.copyOf(tiers);
    }
  }

  /** The forecast table: two-level header (EPS / PE over the fiscal years), numbers as the seeds print them. */
  public static List<Block> forecastTable(SectionContext ctx, List<ForecastLine> lines, List<Integer> years,
      String priceCcyLabel, String source) {
    return forecastTable(ctx, lines, years, priceCcyLabel, source, 1, 0);
  }

  /** The forecast table with the EPS and PE decimals of the workspace's conventions (a negative PE keeps one more). */
  public static List<Block> forecastTable(SectionContext ctx, List<ForecastLine> lines, List<Integer> years,
      String priceCcyLabel, String source, int epsDecimals, int peDecimals) {
    return forecastTable(ctx, new Forecasts("", lines), years, priceCcyLabel, source, epsDecimals, peDecimals);
  }

  /** A rating printed as published under another scheme than the table's. */
  public static final String UNMAPPED_MARK = "*";
  /** A listed name whose forecasts or close are missing. */
  public static final String MISSING_MARK = "‡";

  /**
   * The forecast table under its one scheme: a rating no scheme file maps to it is printed as published, marked
   * and footnoted; a listed name without forecasts or close is marked and footnoted, its cells dashes.
   */
  public static List<Block> forecastTable(SectionContext ctx, Forecasts forecasts, List<Integer> years,
      String priceCcyLabel, String source, int epsDecimals, int peDecimals) {
    List<ForecastLine> lines = forecasts.lines();
    if (lines.isEmpty() || years.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "盈利预测与评级" : "estimate and rating"));
    }
    List<HeaderCell> top = new ArrayList<>(List.of(HeaderCell.of(ctx.t("col.code")), HeaderCell.of(ctx.t("col.name")),
        HeaderCell.of(ctx.t("col.rating")), HeaderCell.of(ctx.t("col.last_close")), HeaderCell.of(ctx.t("col.mcap_mn")),
        HeaderCell.span("EPS", years.size()), HeaderCell.span("PE", years.size())));
    List<HeaderCell> second = new ArrayList<>(List.of(HeaderCell.of(""), HeaderCell.of(""), HeaderCell.of(""),
        HeaderCell.of(priceCcyLabel), HeaderCell.of(priceCcyLabel)));
    for (int k = 0; k < 2; k++) {
      years.forEach(y -> second.add(HeaderCell.of(y + "E")));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (ForecastLine l : lines) {
      boolean missing = l.noEstimates() || l.noClose();
      List<Cell> row = new ArrayList<>(List.of(Cell.text(l.code()), Cell.text(l.name() + (missing ? MISSING_MARK : "")),
          Cell.text(l.rating() + (l.ratedUnder().isEmpty() || l.rating().isEmpty() ? "" : UNMAPPED_MARK)),
          l.close() == null ? Cell.text(NO_ESTIMATE) : Cell.num(l.close(), NumberStyle.plain(1)),
          l.marketCapMn() == null ? Cell.text(NO_ESTIMATE) : Cell.num(l.marketCapMn(), NumberStyle.grouped(0))));
      // a year without an estimate prints a dash, so a blank cell is never mistaken for a lost value
      years.forEach(y -> row.add(l.eps().get(y) == null ? Cell.text(NO_ESTIMATE)
          : Cell.num(l.eps().get(y), NumberStyle.plain(epsDecimals))));
      years.forEach(y -> row.add(peCell(l.pe().get(y), peDecimals)));
      rows.add(row);
    }
    // the section heading names the table (as the monthly report prints it), so the table has no caption of its own
    return List.of(new Table("", false, List.of(top, second), rows, Set.of(), forecastNote(ctx, forecasts), source,
        ctx.lang() == Lang.ZH ? "盈利预测" : "Forecasts"));
  }

  /** The footnotes of the marks: ratings printed as published under another scheme, names with data missing. */
  static String forecastNote(SectionContext ctx, Forecasts f) {
    boolean zh = ctx.lang() == Lang.ZH;
    List<String> notes = new ArrayList<>();
    Map<String, List<String>> byScheme = new LinkedHashMap<>();
    List<String> noEstimates = new ArrayList<>();
    List<String> noClose = new ArrayList<>();
    for (ForecastLine l : f.lines()) {
      if (!l.ratedUnder().isEmpty() && !l.rating().isEmpty()) {
        byScheme.computeIfAbsent(l.ratedUnder(), k -> new ArrayList<>()).add(l.name());
      }
      if (l.noEstimates()) {
        noEstimates.add(l.name());
      }
      if (l.noClose()) {
        noClose.add(l.name());
      }
    }
    String table = f.schemeName().isEmpty() ? (zh ? "本表评级体系" : "the table's scheme") : f.schemeName();
    byScheme.forEach((scheme, names) -> notes.add(UNMAPPED_MARK + (zh
        ? String.join("、", names) + "的评级按" + scheme + "发布，" + table + "中无对应级别，列示原评级"
        : String.join(", ", names) + " rated under " + scheme + ", which has no equivalent under " + table
            + ": printed as published")));
    if (!noEstimates.isEmpty()) {
      notes.add(MISSING_MARK + (zh ? String.join("、", noEstimates) + "暂无盈利预测，EPS与PE缺失"
          : "No forecast in force for " + String.join(", ", noEstimates) + ": EPS and PE missing"));
    }
    if (!noClose.isEmpty()) {
      notes.add(MISSING_MARK + (zh ? String.join("、", noClose) + "无收盘价，股价、市值与PE缺失"
          : "No close for " + String.join(", ", noClose) + ": price, market cap and PE missing"));
    }
    return notes.isEmpty() ? "" : String.join(zh ? "；" : "; ", notes) + (zh ? "。" : ".");
  }

  /** What the forecast table prints for a fiscal year without an estimate. */
  public static final String NO_ESTIMATE = "—";

  private static Cell peCell(Double pe, int decimals) {
    if (pe == null) {
      return Cell.text(NO_ESTIMATE);
    }
    if (Double.isNaN(pe)) {
      return Cell.text("NM");
    }
    // the seeds print PE as an integer, and a negative PE with one decimal (-72.0)
    return Cell.num(pe, pe < 0 ? NumberStyle.plain(Math.max(1, decimals)) : NumberStyle.plain(decimals));
  }

  /**
   * News grouped by section (in the layout's order) and, with {@code byCompany}, by company under each;
   * one bold lead line (the title) and the text per item.
   */
  public static List<Section> news(SectionContext ctx, String heading, int level, List<String> sections,
      Map<String, String> sectionNames, List<NewsLine> items, boolean byCompany) {
    List<Section> out = new ArrayList<>();
    List<NewsLine> relevant = items.stream().filter(i -> sections.contains(i.section())).toList();
    if (relevant.isEmpty()) {
      out.add(new Section(heading, level, List.of(ctx.noData(ctx.lang() == Lang.ZH ? "新闻" : "news"))));
      return out;
    }
    out.add(new Section(heading, level, List.of()));
    int sub = Math.min(3, level + 1);
    // company sub-headings sit one level deeper, so a table of contents of depth 2 lists the sections only
    int companyLevel = Math.min(3, level + 2);
    for (String s : sections) {
      List<NewsLine> in = relevant.stream().filter(i -> i.section().equals(s)).toList();
      if (in.isEmpty()) {
        continue;
      }
      boolean ownHeading = sections.size() > 1 || byCompany;
      if (byCompany) {
        Map<String, List<NewsLine>> byCo = new LinkedHashMap<>();
        in.forEach(i -> byCo.computeIfAbsent(i.company().isEmpty() ? (ctx.lang() == Lang.ZH ? "其他" : "Other") : i.company(),
            k -> new ArrayList<>()).add(i));
        for (Map.Entry<String, List<NewsLine>> e : byCo.entrySet()) {
          // the block's heading: the company and a one-line summary of its lead story, when the desk gives one
          String head = ctx.lang() == Lang.ZH && !e.getValue().get(0).companyHeading().isEmpty()
              ? e.getValue().get(0).companyHeading() : e.getKey();
          out.add(new Section(head, companyLevel, items(ctx, e.getValue())));
        }
      } else if (ownHeading) {
        out.add(new Section(sectionNames.getOrDefault(s, s), sub, items(ctx, in)));
      } else {
        out.set(out.size() - 1, new Section(heading, level, items(ctx, in)));
      }
    }
    return out;
  }

  private static List<Block> items(SectionContext ctx, List<NewsLine> items) {
    List<Block> out = new ArrayList<>();
    for (NewsLine n : items) {
      String src = n.source().isEmpty() ? "" : (ctx.lang() == Lang.ZH ? "（" + n.source() + "）" : " (" + n.source() + ")");
      String when = n.date() == null ? "" : (ctx.lang() == Lang.ZH ? n.zhDate() + "，" : n.date() + ": ");
      out.add(new Paragraph(List.of(Run.bold(n.title())), Paragraph.Kind.BODY));
      if (!n.body().isEmpty()) {
        // the body often opens with its own date ("11月21日，…"); do not say it twice
        boolean dated = n.date() != null && n.body().replace(" ", "").startsWith(n.zhDate());
        out.add(Paragraph.of((dated ? "" : when) + n.body() + src));
      }
    }
    return out;
  }

  /** The week's announcements, newest first (time, code, name, title). */
  public static List<Block> announcements(SectionContext ctx, LocalDate start, LocalDate end, List<AnnouncementLine> lines) {
    if (lines.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "公司公告" : "announcement"));
    }
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    List<List<Cell>> rows = new ArrayList<>();
    lines.stream().sorted((a, b) -> b.time().compareTo(a.time())).forEach(l -> rows.add(List.of(
        Cell.text(l.time().format(f)), Cell.text(l.code()), Cell.text(l.name()), Cell.text(l.title()))));
    return List.of(new Table(ctx.t("caption.announcements", start, end), true, List.of(List.of(
        HeaderCell.of(ctx.t("col.time")), HeaderCell.of(ctx.t("col.code")), HeaderCell.of(ctx.t("col.name")),
        HeaderCell.of(ctx.t("col.title")))), rows, Set.of(), "", ctx.source(), ctx.lang() == Lang.ZH ? "公司公告" : "Announcements"));
  }

  /** The AI application tracker: company and code merged over their events, newest events last. */
  public static List<Block> aiTracker(SectionContext ctx, LocalDate asOf, List<TrackerLine> lines) {
    if (lines.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "AI应用进展" : "AI application tracker"));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (TrackerLine l : lines) {
      String date = ctx.lang() == Lang.ZH ? l.date().getMonthValue() + "月" + l.date().getDayOfMonth() + "日" : l.date().toString();
      rows.add(List.of(Cell.text(l.company()), Cell.text(l.code()), Cell.text(date), Cell.text(l.event()),
          Cell.text(ctx.messages().join(l.models()))));
    }
    return List.of(new Table(ctx.t("caption.ai_tracker", asOf), true, List.of(List.of(HeaderCell.of(ctx.t("col.company")),
        HeaderCell.of(ctx.t("col.code")), HeaderCell.of(ctx.t("col.date")), HeaderCell.of(ctx.t("col.event")),
        HeaderCell.of(ctx.t("col.models")))), rows, Set.of(0, 1), "", ctx.source(), ctx.lang() == Lang.ZH ? "AI应用进展" : "AI tracker"));
  }

  /** The rating scheme: its basis paragraph and a table of category, tier and meaning (category merged). */
  public static List<Block> ratingDefinitions(SectionContext ctx, RatingScale scale) {
    if (scale == null || scale.tiers().isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "评级体系" : "rating scheme"));
    }
    List<Block> out = new ArrayList<>();
    if (!scale.basis().isEmpty()) {
      out.add(Paragraph.of(scale.basis()));
    }
    List<List<Cell>> rows = new ArrayList<>();
    scale.tiers().forEach(t -> rows.add(List.of(Cell.text(t.category()), Cell.text(t.name()), Cell.text(t.meaning()))));
    out.add(new Table(scale.title(), false, List.of(List.of(HeaderCell.of(ctx.t("col.category")), HeaderCell.of(ctx.t("col.tier")),
        HeaderCell.of(ctx.t("col.meaning")))), rows, Set.of(0), "", "", ctx.lang() == Lang.ZH ? "评级说明" : "Ratings"));
    return out;
  }

  /** The analyst's Markdown without pictures (the disclaimer): see {@link AnalystMarkdown}. */
  public static List<Section> markdown(String heading, int level, String markdown) {
    return AnalystMarkdown.parse(heading, level, markdown, "", path -> java.util.Optional.empty());
  }

  /** Runs of a line: {@code **x**} is bold, everything else literal. */
  static List<Run> runs(String text) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("**", i);
      int close = open < 0 ? -1 : text.indexOf("**", open + 2);
      if (open < 0 || close < 0) {
        out.add(Run.plain(text.substring(i)));
        break;
      }
      if (open > i) {
        out.add(Run.plain(text.substring(i, open)));
      }
      if (close > open + 2) {
        out.add(Run.bold(text.substring(open + 2, close)));
      }
      i = close + 2;
    }
    if (out.isEmpty()) {
      out.add(Run.plain(text));
    }
    return out;
  }

  /** Guard for builders: a value as BigDecimal text (used in tests of formats). */
  static String plain(BigDecimal d) {
    return d.toPlainString();
  }
}
