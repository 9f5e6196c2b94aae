package org.sectordesk.desk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sectordesk.analytics.MarketReview;
import org.sectordesk.analytics.MonthlyReturns;
import org.sectordesk.analytics.PeriodReturn;
import org.sectordesk.analytics.ValuationStats;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityKind;
import org.sectordesk.domain.ValuationPoint;
import org.sectordesk.domain.WatchList;
import org.sectordesk.report.Block;
import org.sectordesk.report.House;
import org.sectordesk.report.Lang;
import org.sectordesk.report.Layout;
import org.sectordesk.report.ListOfFigures;
import org.sectordesk.report.MarketSections;
import org.sectordesk.report.Messages;
import org.sectordesk.report.PageBreak;
import org.sectordesk.report.Report;
import org.sectordesk.report.Section;
import org.sectordesk.report.SectionContext;
import org.sectordesk.report.SectionSpec;
import org.sectordesk.report.TextSections;
import org.sectordesk.report.Toc;
import org.sectordesk.report.WeeklySections;

/**
 * Builds the report model of a layout from a workspace's data: walks the layout's sections in order, runs the
 * analytics each needs and hands the results to the report's section builders. A section whose data the
 * workspace lacks says so plainly.
 */
public final class ReportComposer {
  /** SW level-1 industry indices: 801010.SI … 801980.SI. */
  static final Pattern SW_LEVEL1 = Pattern.compile("8010[1-9]0\\.SI|80110[0-9]\\.SI|801[1-9][0-9]0\\.SI");

  private final ReportSources sources;
  private final House house;
  private final String disclaimerMarkdown;
  private final List<String> dataNotes = new ArrayList<>();
  private LocalDate reportDate;

  /** @param disclaimerMarkdown the house disclaimer in the report's language (Markdown) */
  public ReportComposer(ReportSources sources, House house, String disclaimerMarkdown) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.house = Objects.requireNonNull(house, "house");
    this.disclaimerMarkdown = Objects.requireNonNull(disclaimerMarkdown, "disclaimerMarkdown");
  }

  /** Dates the report (default: the first weekday after the period); returns this composer. */
  public ReportComposer dated(LocalDate date) {
    this.reportDate = date;
    return this;
  }

  /**
   * One line per series whose data ends before the period's last trading day, as the report's notes say it
   * (for standard error, and for {@code --strict} to refuse the report).
   */
  public List<String> dataNotes() {
    return List.copyOf(new java.util.LinkedHashSet<>(dataNotes));
  }

  /** The monthly report reviewing {@code month}. */
  public Report monthly(Layout layout, YearMonth month, Lang lang, Map<String, String> names) {
    Period period = Period.month(month);
    LocalDate date = reportDate != null ? reportDate : nextWeekday(month.atEndOfMonth());
    YearMonth next = month.plusMonths(1);
    Map<String, String> vars = new HashMap<>(names);
    vars.put("year", String.valueOf(next.getYear()));
    vars.put("month", String.valueOf(next.getMonthValue()));
    vars.put("month2", String.format("%02d", next.getMonthValue()));
    return compose(layout, period, date, lang, vars);
  }

  /** The weekly report of the Monday–Friday week holding {@code day}. */
  public Report weekly(Layout layout, LocalDate day, Lang lang, Map<String, String> names) {
    Period period = Period.week(day);
    Map<String, String> vars = new HashMap<>(names);
    vars.put("start", period.start().toString());
    vars.put("end", period.end().toString());
    return compose(layout, period, reportDate != null ? reportDate : period.end().plusDays(2), lang, vars);
  }

  private Report compose(Layout layout, Period period, LocalDate date, Lang lang, Map<String, String> vars) {
    SectionContext ctx = new SectionContext(Messages.of(lang), house, layout.dataSource());
    String sector = vars.getOrDefault(lang == Lang.EN ? "sector_en" : "sector", "");
    Run run = new Run(ctx, layout, period, date, sector);
    List<Section> sections = new ArrayList<>();
    for (SectionSpec spec : layout.sections()) {
      sections.addAll(run.section(spec));
    }
    String title = fill(lang == Lang.EN && !layout.titleEn().isEmpty() ? layout.titleEn() : layout.title(), vars);
    if (title.isBlank()) {
      title = layout.id();
    }
    return new Report(title, fill(layout.subtitle(), vars), house.name(lang), date, lang, layout.numbering(lang),
        house.style(), sections);
  }

  private static String fill(String pattern, Map<String, String> vars) {
    String s = pattern;
    for (Map.Entry<String, String> e : vars.entrySet()) {
      s = s.replace("{" + e.getKey() + "}", e.getValue());
    }
    return s;
  }

  static LocalDate nextWeekday(LocalDate d) {
    LocalDate n = d.plusDays(1);
    while (n.getDayOfWeek() == DayOfWeek.SATURDAY || n.getDayOfWeek() == DayOfWeek.SUNDAY) {
      n = n.plusDays(1);
    }
    return n;
  }

  /** One composition: caches the review and the FX table between sections. */
  private final class Run {
    private final SectionContext ctx;
    private final Layout layout;
    private final Period period;
    private final LocalDate date;
    private final ReferenceData ref;
    private MarketReview review;
    private List<TextSections.NewsLine> news;
    private final String sector;

    Run(SectionContext ctx, Layout layout, Period period, LocalDate date, String sector) {
      this.sector = sector;
      this.ctx = ctx;
      this.layout = layout;
      this.period = period;
      this.date = date;
      this.ref = sources.reference();
    }

    List<Section> section(SectionSpec spec) {
      Lang lang = ctx.lang();
      String own = spec.heading(lang);
      boolean none = own.equals("-");
      String dflt = ctx.messages().has("heading." + spec.type()) ? ctx.t("heading." + spec.type()) : "";
      String heading = none ? "" : own.isEmpty() ? dflt : own;
      int level = spec.level();
      switch (spec.type()) {
        case "toc":
          return List.of(new Section("", level, List.of(new Toc(ctx.t("toc.title"), spec.integer("depth", 2)))));
        case "list_of_figures":
          return List.of(new Section("", level, List.of(new ListOfFigures(ctx.t("lof.title")))));
        case "page_break":
          return List.of(new Section("", level, List.of(new PageBreak())));
        case "heading":
          return List.of(new Section(heading, level, List.of()));
        case "markdown_text":
          return new AnalystContentSections(sources, ctx, period).markdownText(spec, heading, level);
        case "disclaimer":
          return TextSections.markdown(none ? "" : own.isEmpty() ? dflt : own, level, disclaimerMarkdown);
        case "rating_definitions": {
          String scheme = spec.text("scheme", "guosen");
          // headed by the workspace's house, never by the scheme's author (a scheme file may be another broker's)
          String house = ReportComposer.this.house.name(lang);
          String title = house.isBlank() ? ctx.t("heading.rating_definitions")
              : house + (lang == Lang.ZH ? "投资评级说明" : " rating definitions");
          Optional<TextSections.RatingScale> scale = sources.ratingScale(scheme, lang)
              .map(s -> new TextSections.RatingScale(title, s.basis(), s.tiers()));
          return List.of(new Section(heading, level, TextSections.ratingDefinitions(ctx, scale.orElse(null))));
        }
        case "forecast_table": {
          int n = spec.integer("years", 2);
          int first = period.end().getYear();
          List<Integer> years = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            years.add(first + i);
          }
          // the table's closes are as of its own close_as_of (default: the report date, as seed 000 prints them)
          org.sectordesk.domain.Conventions conv = layout.conventions().over(sources.conventions());
          LocalDate forecastDay = new org.sectordesk.domain.Conventions(null, spec.text("close_as_of", "report_date"), null, null)
              .closeDay(period.end(), date);
          TextSections.Forecasts table = sources.forecastTable(forecastDay, years, ForecastListSpec.of(spec));
          if (lang == Lang.EN) {
            table = new TextSections.Forecasts(table.schemeName(), table.lines().stream()
                .map(l -> ref.security(l.code()).filter(s -> !s.nameEn().isEmpty()).map(s -> l.named(s.nameEn())).orElse(l))
                .toList());
          }
          String src = lang == Lang.ZH ? "资料来源：" + layout.dataSource() + "、" + house.name(lang) + "预测"
              : "Source: " + layout.dataSource() + ", " + house.name(lang) + " estimates";
          return List.of(new Section(heading, level,
              TextSections.forecastTable(ctx, table, years, sources.forecastCurrencyLabel(lang), src,
                  conv.epsDecimals(), conv.peDecimals())));
        }
        case "index_monthly_returns":
          return indexMonthlyReturns(spec, heading, none, level);
        case "index_levels":
          return List.of(new Section(heading, level, indexLevels(spec)));
        case "coverage_table":
          return List.of(new Section(heading, level, MarketSections.coverageTable(ctx, review(), ref.coverage().stream()
              .map(c -> ref.securities().get(c).subSector()).distinct().toList(), periodLabel())));
        case "decliners":
          return List.of(new Section(heading, level, withReviewStaleNote(
              MarketSections.decliners(ctx, review(), periodLabelLong()))));
        case "top_gainers":
          return List.of(new Section(heading, level, withReviewStaleNote(
              MarketSections.topGainers(ctx, review(), periodLabelLong(), spec.integer("top", 10)))));
        case "top_movers_text": {
          List<Market> markets = spec.list("markets").stream().map(m -> Market.valueOf(m.trim().toUpperCase())).toList();
          return List.of(new Section(heading, level, MarketSections.topMoversText(ctx, review(),
              markets.isEmpty() ? List.of(Market.HK, Market.US) : markets, spec.integer("top", 3))));
        }
        case "valuation_pe":
          return List.of(new Section(heading, level, valuation(spec)));
        case "weekly_index_table":
          return List.of(new Section(heading, level, withStaleNote(WeeklySections.indexTable(ctx, period.start(), period.end(),
              named(indexCodes(spec, "indices", true))))));
        case "sw_industry_rank": {
          List<String> codes = spec.list("industries").isEmpty() || spec.list("industries").equals(List.of("sw_l1"))
              ? ref.securities().keySet().stream().filter(c -> SW_LEVEL1.matcher(c).matches()).toList()
              : spec.list("industries");
          return List.of(new Section(heading, level,
              withStaleNote(WeeklySections.industryRank(ctx, named(codes), spec.list("highlight"), spec.list("tmt")))));
        }
        case "watchlist_movers":
          return List.of(new Section(heading, level, watchLists(spec)));
        case "announcements":
          return List.of(new Section(heading, level,
              TextSections.announcements(ctx, period.start(), period.end(), sources.announcements(period))));
        case "ai_tracker":
          return List.of(new Section(heading, level, TextSections.aiTracker(ctx, date, sources.aiTracker(date))));
        case "news": {
          List<String> secs = spec.list("sections");
          Map<String, String> names = new LinkedHashMap<>();
          secs.forEach(s -> names.put(s, sources.newsSectionName(s, lang)));
          return TextSections.news(ctx, heading.isEmpty() ? dflt : heading, level, secs, names,
              NewsFilters.filter(spec, ref, news()),
              spec.flag("by_company", false));
        }
        case "series_chart", "series_table", "series_text":
          return List.of(new Section(heading, level, new SeriesSectionBuilder(sources, ctx, date).build(spec)));
        case "index_window": {
          List<Block> blocks = new ArrayList<>(new SeriesSectionBuilder(sources, ctx, date).build(spec));
          if (!spec.text("mode", "cumulative").equals("pe")) {
            // the lines end where the data ends: say so when that is before the market's last trading day
            staleNote(staleIn(spec.list("indices"), Period.custom(date.minusDays(14), date)), lineEnds())
                .ifPresent(blocks::add);
          }
          return List.of(new Section(heading, level, blocks));
        }
        default:
          if (CoverComposer.TYPES.contains(spec.type())) {
            List<Section> cover = new CoverComposer(sources, ctx, date, sector).build(spec, heading, level);
            // the 市场走势 chart runs to the day before the report date; without both indices there is no chart
            List<String> drawn = List.of(spec.text("sector_index", ""), spec.text("base_index", ""));
            Optional<Block> note = drawn.stream().allMatch(c -> ref.security(c).isPresent()) && coverChartDrawn(spec, drawn)
                ? staleNote(staleIn(drawn, Period.custom(date.minusDays(14), date.minusDays(1))), lineEnds())
                : Optional.empty();
            if (note.isEmpty() || cover.isEmpty()) {
              return cover;
            }
            List<Section> out = new ArrayList<>(cover);
            Section last = out.get(out.size() - 1);
            List<Block> blocks = new ArrayList<>(last.blocks());
            blocks.add(note.get());
            out.set(out.size() - 1, new Section(last.heading(), last.level(), blocks));
            return out;
          }
          if (AnalystContentSections.TYPES.contains(spec.type())) {
            return new AnalystContentSections(sources, ctx, period).build(spec, heading, level);
          }
          throw new IllegalArgumentException(spec.where() + ": section type '" + spec.type() + "' has no builder");
      }
    }

    /** The period's news digest, built once: a report's news sections each filter the same lines. */
    private List<TextSections.NewsLine> news() {
      if (news == null) {
        news = sources.news(period);
      }
      return news;
    }

    private List<Section> indexMonthlyReturns(SectionSpec spec, String heading, boolean none, int level) {
      YearMonth month = YearMonth.from(period.end());
      int n = spec.integer("months", 13);
      List<MarketSections.IndexMonths> series = new ArrayList<>();
      List<PeriodReturn> staleNow = new ArrayList<>();
      for (String code : indexCodes(spec, "indices", false)) {
        PriceHistory h = sources.market().history(code);
        if (!h.isEmpty()) {
          // months without data (the series stopped) are left out of the chart, never drawn as 0
          series.add(new MarketSections.IndexMonths(ref.require(code), market().monthlyReturns(code, month, n)));
          PeriodReturn r = market().returns(List.of(code), period).get(0);
          if (r.isStale()) {
            staleNow.add(r);
          }
        }
      }
      String head = heading;
      if (!none && spec.heading(ctx.lang()).isEmpty() && !series.isEmpty()) {
        head = ctx.t("heading.market_review", MarketSections.reviewHeadline(ctx, month, series.get(0)));
      }
      List<Block> blocks = new ArrayList<>(MarketSections.indexMonthlyReturns(ctx, month, series));
      staleNote(staleNow, ctx.lang() == Lang.ZH ? "，图中不含其无数据的月份。" : "; months without data are left out of the chart.")
          .ifPresent(blocks::add);
      return List.of(new Section(head, level, blocks));
    }

    private List<Block> indexLevels(SectionSpec spec) {
      int months = spec.integer("months", 13);
      LocalDate from = YearMonth.from(period.end()).minusMonths(months - 1L).atDay(1);
      Object charts = spec.params().get("charts");
      if (charts instanceof List<?> groups) {
        // one chart per group: a code, or a list of codes drawn together
        List<Block> out = new ArrayList<>();
        List<String> drawn = new ArrayList<>();
        for (Object g : groups) {
          List<String> codes = g instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(g));
          List<MarketSections.IndexLevels> levels = levels(codes.stream().filter(c -> ref.security(c).isPresent()).toList(), from);
          if (!levels.isEmpty()) {
            out.addAll(MarketSections.indexLevels(ctx, levels, false));
            levels.forEach(il -> drawn.add(il.index().code()));
          }
        }
        if (out.isEmpty()) {
          return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "指数行情" : "index level"));
        }
        List<Block> arranged = new ArrayList<>(FigureGrids.arrange(out, spec.integer("grid", 1)));
        staleNote(staleIn(drawn, period), lineEnds()).ifPresent(arranged::add);
        return arranged;
      }
      List<MarketSections.IndexLevels> levels = levels(indexCodes(spec, "indices", true), from);
      List<Block> out = new ArrayList<>(MarketSections.indexLevels(ctx, levels, spec.flag("separate", false)));
      staleNote(staleIn(levels.stream().map(il -> il.index().code()).toList(), period), lineEnds()).ifPresent(out::add);
      return out;
    }

    /** Whether the cover's 市场走势 chart has a line for every index (as {@code CoverComposer} draws it). */
    private boolean coverChartDrawn(SectionSpec spec, List<String> codes) {
      LocalDate start = date.minusMonths(spec.integer("months", 12));
      Map<String, PriceHistory> hs = sources.market().histories(codes, start.minusDays(14), date);
      return codes.stream().allMatch(c -> hs.get(c) != null
          && org.sectordesk.analytics.RelativePerformance.rebased(hs.get(c), start, date.minusDays(1)).size() >= 2);
    }

    /** The series among {@code codes} (those the workspace knows) whose data end before the window's last trading day. */
    private List<PeriodReturn> staleIn(List<String> codes, Period window) {
      List<String> known = codes.stream().filter(c -> !c.isEmpty() && ref.security(c).isPresent()).distinct().toList();
      return known.isEmpty() ? List.of() : MarketDesk.staleOf(market().returns(known, window));
    }

    private String lineEnds() {
      return ctx.lang() == Lang.ZH ? "，图中曲线止于该日。" : "; its line ends there.";
    }

    /** A ranking figure of the review leaves stale names out: a note under it names them. */
    private List<Block> withReviewStaleNote(List<Block> blocks) {
      List<PeriodReturn> stale = review().rows().stream().map(org.sectordesk.analytics.ReviewRow::periodReturn)
          .filter(PeriodReturn::isStale).toList();
      List<Block> out = new ArrayList<>(blocks);
      staleNote(stale, ctx.lang() == Lang.ZH ? "，未计入排名。" : "; not ranked.").ifPresent(out::add);
      return out;
    }

    private List<MarketSections.IndexLevels> levels(List<String> codes, LocalDate from) {
      Map<String, PriceHistory> hs = sources.market().histories(codes, from, period.end());
      List<MarketSections.IndexLevels> levels = new ArrayList<>();
      for (String code : codes) {
        PriceHistory h = hs.get(code);
        if (h != null && !h.isEmpty()) {
          List<DatedClose> closes = new ArrayList<>(h.size());
          for (int i = 0; i < h.size(); i++) {
            closes.add(new DatedClose(h.date(i), h.close(i), h.adjClose(i)));
          }
          levels.add(new MarketSections.IndexLevels(ref.require(code), closes));
        }
      }
      return levels;
    }

    private List<Block> valuation(SectionSpec spec) {
      String code = spec.text("index", "HSTECH.HI");
      Security index = ref.security(code).orElse(Security.index(code, code, code));
      List<ValuationPoint> series = sources.market().valuation(code);
      ValuationStats stats = null;
      if (series.stream().anyMatch(p -> !p.date().isAfter(date))) {
        stats = ValuationStats.of(code, series, date);
      }
      return MarketSections.valuationPe(ctx, index, series, stats);
    }

    private List<Block> watchLists(SectionSpec spec) {
      List<String> ids = spec.list("watch_lists");
      List<WatchList> lists = ids.isEmpty() || ids.equals(List.of("all")) ? ref.watchLists()
          : ids.stream().map(id -> ref.watchList(id).orElseThrow(() -> new IllegalArgumentException(spec.where()
              + " (watchlist_movers): [watch_lists] names '" + id + "', which desk.yaml does not define"))).toList();
      if (lists.isEmpty()) {
        return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "观察名单" : "watch list"));
      }
      int n = spec.integer("top", 10);
      List<Block> out = new ArrayList<>();
      MarketDesk market = market();
      for (WatchList w : lists) {
        MarketDesk.MoversTable t = market.movers(MarketDesk.MoversScope.ofWatchList(w.id()), period, n);
        String name = ctx.lang() == Lang.EN ? w.id() : w.name();
        out.addAll(WeeklySections.watchListMovers(ctx, name, w.market().tradingCurrency(), period.start(), period.end(),
            t.top(), t.bottom(), n));
        staleNote(MarketDesk.staleOf(t.all()), ctx.lang() == Lang.ZH ? "，未列入上表。" : "; left out of the table above.")
            .ifPresent(out::add);
      }
      return out;
    }

    private List<WeeklySections.Named> named(List<String> codes) {
      List<String> known = codes.stream().filter(c -> ref.security(c).isPresent()).toList();
      List<WeeklySections.Named> out = new ArrayList<>();
      for (PeriodReturn r : market().returns(known, period)) {
        if (r.hasValue()) {
          out.add(new WeeklySections.Named(ref.require(r.code()), r));
        } else if (r.isStale()) {
          lastStale.add(r);
        }
      }
      return out;
    }

    private final List<PeriodReturn> lastStale = new ArrayList<>();

    /** The blocks of a table built from {@link #named} and, after them, the note on the names it left out. */
    private List<Block> withStaleNote(List<Block> blocks) {
      List<Block> out = new ArrayList<>(blocks);
      staleNote(List.copyOf(lastStale), ctx.lang() == Lang.ZH ? "，未列入上表。" : "; left out of the table above.")
          .ifPresent(out::add);
      lastStale.clear();
      return out;
    }

    /** A note under a table or figure naming its stale series (and recording them for stderr / --strict). */
    private Optional<Block> staleNote(List<PeriodReturn> stale, String tail) {
      if (stale.isEmpty()) {
        return Optional.empty();
      }
      List<String> parts = new ArrayList<>();
      for (PeriodReturn r : stale) {
        Security s = ref.require(r.code());
        stale(s, r);
        parts.add(MarketSections.staleNote(ctx, s, r.dataThrough()));
      }
      boolean zh = ctx.lang() == Lang.ZH;
      return Optional.of(org.sectordesk.report.Paragraph.of(MarketSections.STALE_MARK + (zh ? "注：" : "Note: ")
          + String.join(zh ? "；" : "; ", parts) + tail));
    }

    /** Index codes of a parameter; {@code all} is every index in desk.yaml order (SW level-1 industries left out). */
    private List<String> indexCodes(SectionSpec spec, String param, boolean allByDefault) {
      List<String> codes = spec.list(param);
      if (codes.isEmpty() && !allByDefault) {
        return List.of();
      }
      if (codes.isEmpty() || codes.equals(List.of("all"))) {
        Set<String> keep = new LinkedHashSet<>(spec.list("include"));
        return org.sectordesk.analytics.Indices.codes(ref).stream()
            .filter(c -> !SW_LEVEL1.matcher(c).matches() || keep.contains(c)).toList();
      }
      return codes.stream().filter(c -> ref.security(c).isPresent()).toList();
    }

    private MarketDesk marketDesk;

    /** The market use cases under the workspace's conventions with the layout's laid over them. */
    private MarketDesk market() {
      if (marketDesk == null) {
        marketDesk = new MarketDesk(ref, sources.market(), sources.fxPolicy(), layout.conventions().over(sources.conventions()));
      }
      return marketDesk;
    }

    private MarketReview review() {
      if (review == null) {
        review = market().review(period, org.sectordesk.domain.Conventions.NONE, date);
        for (MarketReview.BenchmarkReturn b : review.benchmarks()) {
          if (b.periodReturn().isStale()) {
            stale(b.index(), b.periodReturn());
          }
        }
        for (org.sectordesk.analytics.ReviewRow r : review.rows()) {
          if (r.periodReturn().isStale()) {
            stale(r.security(), r.periodReturn());
          } else if (r.ytd().isStale()) {
            stale(r.security(), r.ytd());
          }
          if (r.fx() != null && r.fx().stale()) {
            Security s = r.security();
            dataNotes.add("stale FX: " + s.code() + " " + s.displayName() + " market cap converts " + s.currency() + " to "
                + review.baseCurrency() + " at the rate of " + r.fx().date() + " (" + r.fx().source() + ", "
                + r.fx().ageDays() + " days before " + r.closeDate() + "; fx.max_age_days " + sources.fxPolicy().maxAgeDays()
                + ")");
          }
        }
      }
      return review;
    }

    private void stale(Security s, PeriodReturn r) {
      dataNotes.add("stale: " + s.code() + " " + s.displayName() + " data ends " + r.dataThrough()
          + ", before the last trading day of " + r.period().start() + ".." + r.period().end() + ": shown as missing");
    }

    private String periodLabel() {
      return ctx.lang() == Lang.ZH ? YearMonth.from(period.end()).getMonthValue() + "月" + sector + "板块"
          : sector + " " + YearMonth.from(period.end());
    }

    private String periodLabelLong() {
      return ctx.lang() == Lang.ZH ? MarketSections.monthLabel(ctx, YearMonth.from(period.end())) + sector + "板块"
          : sector + " " + YearMonth.from(period.end());
    }
  }
}
