package org.sectordesk.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sectordesk.analytics.MetricSeries;
import org.sectordesk.analytics.SeriesMeasures;
import org.sectordesk.analytics.ValuationStats;
import org.sectordesk.domain.Metric;
import org.sectordesk.domain.MetricPeriod;
import org.sectordesk.domain.MetricPoint;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.ValuationPoint;
import org.sectordesk.report.Block;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.Figure;
import org.sectordesk.report.Lang;
import org.sectordesk.report.NumberStyle;
import org.sectordesk.report.SectionContext;
import org.sectordesk.report.SectionSpec;
import org.sectordesk.report.SeriesSections;
import org.sectordesk.report.Table;

/**
 * The sections drawn from metric series and index windows: {@code series_chart}, {@code series_table},
 * {@code series_text} and {@code index_window}. Gathers the points and computes the measures (through the
 * analytics); {@link SeriesSections} lays them out. A section whose series the workspace lacks says so.
 *
 * <p>The periods shown end at the report date: points after it are left out unless they are estimates (a deck
 * shows 2026E next to the actuals).
 */
final class SeriesSectionBuilder {
  private final ReportSources sources;
  private final SectionContext ctx;
  private final LocalDate asOf;

  SeriesSectionBuilder(ReportSources sources, SectionContext ctx, LocalDate asOf) {
    this.sources = sources;
    this.ctx = ctx;
    this.asOf = asOf;
  }

  List<Block> build(SectionSpec spec) {
    this.spec = spec;
    return switch (spec.type()) {
      case "series_chart" -> chart(spec);
      case "series_table" -> table(spec);
      case "series_text" -> text(spec);
      case "index_window" -> indexWindow(spec);
      default -> throw new IllegalArgumentException(spec.where() + ": '" + spec.type() + "' is not a series section");
    };
  }

  // ---- shared -------------------------------------------------------------------------------------------------

  private Metric metric(SectionSpec spec, String id) {
    return sources.metric(id).orElseThrow(() -> new IllegalArgumentException(spec.where() + " (" + spec.type()
        + "): metric '" + id + "' is not in metrics.yaml"));
  }

  private String name(Metric m) {
    return ctx.lang() == Lang.EN ? m.nameEn() : m.name();
  }

  private String entityName(String entity) {
    Object names = spec == null ? null : spec.params().get(ctx.lang() == Lang.EN && spec.params().containsKey("names_en")
        ? "names_en" : "names");
    if (names instanceof Map<?, ?> map && map.get(entity) != null) {
      return String.valueOf(map.get(entity));
    }
    return sources.reference().security(entity).map(ctx::name).orElse(entity);
  }

  /** The section being built (for its {@code names} of entities). */
  private SectionSpec spec;

  private static boolean shown(MetricPoint p, LocalDate asOf) {
    return p.estimate() || !p.period().end().isAfter(asOf);
  }

  /** The kind of period of a section: its {@code frequency}, else that of the latest point shown. */
  private MetricPeriod.Kind kind(SectionSpec spec, List<MetricSeries> series) {
    String f = spec.text("frequency", "");
    if (!f.isEmpty()) {
      try {
        return MetricPeriod.Kind.valueOf(f.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(spec.where() + " (" + spec.type() + "): [frequency] must be day, month,"
            + " quarter or year, got '" + f + "'");
      }
    }
    MetricPoint latest = null;
    for (MetricSeries s : series) {
      for (MetricPoint p : s.points()) {
        if (shown(p, asOf) && (latest == null || p.period().compareTo(latest.period()) > 0)) {
          latest = p;
        }
      }
    }
    return latest == null ? MetricPeriod.Kind.MONTH : latest.period().kind();
  }

  /** The last {@code periods} periods of a kind that any series has a point for (shown at the report date). */
  private List<MetricPeriod> periods(SectionSpec spec, List<MetricSeries> series, MetricPeriod.Kind kind) {
    TreeSet<MetricPeriod> all = new TreeSet<>();
    String to = spec.text("to", "");
    MetricPeriod last = to.isEmpty() ? null : MetricPeriod.parse(to).period();
    String from = spec.text("from", "");
    MetricPeriod first = from.isEmpty() ? null : MetricPeriod.parse(from).period();
    for (MetricSeries s : series) {
      for (MetricPoint p : s.points()) {
        if (p.period().kind() == kind && shown(p, asOf) && (last == null || p.period().compareTo(last) <= 0)
            && (first == null || p.period().compareTo(first) >= 0)) {
          all.add(p.period());
        }
      }
    }
    List<MetricPeriod> list = new ArrayList<>(all);
    int n = spec.integer("periods", 13);
    return list.subList(Math.max(0, list.size() - n), list.size());
  }

  private SeriesSections.Periods labels(List<MetricPeriod> periods, List<MetricSeries> series) {
    List<String> labels = new ArrayList<>();
    Set<Integer> est = new HashSet<>();
    for (int i = 0; i < periods.size(); i++) {
      MetricPeriod p = periods.get(i);
      boolean e = false;
      for (MetricSeries s : series) {
        MetricPoint pt = s.point(p);
        e |= pt != null && pt.estimate();
      }
      if (e) {
        est.add(i);
      }
      labels.add(p.text(e));
    }
    return new SeriesSections.Periods(labels, est);
  }

  private Double growth(MetricSeries s, MetricPeriod p, String measure) {
    return switch (measure) {
      case "yoy" -> s.yoyPct(p);
      case "mom" -> s.momPct(p);
      case "qoq" -> s.qoqPct(p);
      default -> throw new IllegalArgumentException("growth measure '" + measure + "' is not one of yoy, mom, qoq");
    };
  }

  private String growthName(String measure) {
    boolean zh = ctx.lang() == Lang.ZH;
    return switch (measure) {
      case "yoy" -> zh ? "同比" : "YoY";
      case "mom" -> zh ? "环比" : "MoM";
      default -> zh ? "环比" : "QoQ";
    };
  }

  private String source(SectionSpec spec, List<MetricSeries> series) {
    String own = spec.text("source", "");
    if (!own.isEmpty()) {
      return (ctx.lang() == Lang.ZH ? "资料来源：" : "Source: ") + own;
    }
    Set<String> names = new java.util.LinkedHashSet<>();
    series.forEach(s -> s.points().forEach(p -> {
      if (!p.source().isEmpty()) {
        names.add(p.source().replace("（SAMPLE）", ""));
      }
    }));
    return names.isEmpty() ? ctx.source() : (ctx.lang() == Lang.ZH ? "资料来源：" : "Source: ")
        + String.join(ctx.lang() == Lang.ZH ? "、" : ", ", names)
        + (ctx.lang() == Lang.ZH ? "，" + ctx.house().name(Lang.ZH) + "整理" : "");
  }

  /** The layout's caption in the report's language ({@code caption} / {@code caption_en}), or the default. */
  private String caption(SectionSpec spec, String dflt) {
    return spec.text(ctx.lang() == Lang.EN ? "caption_en" : "caption", dflt);
  }

  private NumberStyle valueStyle(Metric m) {
    return new NumberStyle(m.decimals(), true, NumberStyle.Unit.NONE, false);
  }

  private List<MetricSeries> series(SectionSpec spec, String metric) {
    return sources.metricSeries(metric, spec.list("entities"));
  }

  // ---- series_chart -------------------------------------------------------------------------------------------

  private List<Block> chart(SectionSpec spec) {
    Optional<Metric> known = sources.metric(spec.requireText("metric"));
    if (known.isEmpty()) {
      return List.of(ctx.noData(spec.requireText("metric")));
    }
    Metric m = known.get();
    String kind = spec.text("chart", "bars_growth");
    if (!SeriesSections.CHARTS.contains(kind)) {
      throw new IllegalArgumentException(spec.where() + " (series_chart): [chart] must be one of "
          + new TreeSet<>(SeriesSections.CHARTS) + ", got '" + kind + "'");
    }
    List<MetricSeries> series = series(spec, m.id());
    String ratioOf = spec.text("ratio_of", "");
    Metric denominator = ratioOf.isEmpty() ? null : metric(spec, ratioOf);
    List<MetricSeries> denominators = denominator == null ? List.of() : series(spec, denominator.id());
    if (series.isEmpty()) {
      return List.of(ctx.noData(name(m)));
    }
    MetricPeriod.Kind k = kind(spec, series);
    List<MetricPeriod> periods = periods(spec, series, k);
    if (periods.isEmpty()) {
      return List.of(ctx.noData(name(m)));
    }
    String measure = spec.text("growth", "yoy").toLowerCase(Locale.ROOT);
    boolean share = spec.flag("share", false);
    List<SeriesSections.EntityValues> rows = new ArrayList<>();
    for (MetricSeries s : series) {
      List<Double> values = new ArrayList<>();
      List<Double> growth = new ArrayList<>();
      MetricSeries d = denominators.stream().filter(x -> x.entity().equals(s.entity())).findFirst().orElse(null);
      for (MetricPeriod p : periods) {
        Double v = s.value(p);
        if (denominator != null) {
          v = d == null ? null : SeriesMeasures.ratio(v, d.value(p));
          v = v == null ? null : v * 100;
        } else if (share) {
          List<Double> parts = new ArrayList<>();
          series.forEach(x -> parts.add(x.value(p)));
          v = SeriesMeasures.shareOfSumPct(v, parts);
        }
        values.add(v);
        if (kind.equals("bars_growth") && denominator == null && !share) {
          growth.add(growth(s, p, measure));
        }
      }
      // one series without a name of its own is named by its metric (央行非金融机构存款, not CN.PBOC)
      String label = series.size() == 1 && entityName(s.entity()).equals(s.entity()) ? name(m) : entityName(s.entity());
      rows.add(new SeriesSections.EntityValues(label, values, growth));
    }
    boolean percent = denominator != null || share;
    NumberStyle style = percent ? NumberStyle.percent(1) : valueStyle(m);
    String unit = percent ? "%" : series.get(0).unit();
    String caption = caption(spec, "");
    if (caption.isEmpty()) {
      caption = name(m) + (denominator != null ? "/" + name(denominator) : "")
          + (ctx.lang() == Lang.ZH ? "（" + unit + (kind.equals("bars_growth") && !percent ? "、%" : "") + "）"
              : " (" + unit + (kind.equals("bars_growth") && !percent ? ", %" : "") + ")");
    }
    Figure f = SeriesSections.chart(ctx, caption, kind, labels(periods, series), rows, style, unit,
        growthName(measure), spec.flag("labels", periods.size() * Math.max(1, rows.size()) <= 16), source(spec, series),
        spec.integer("width_cm", 16), spec.integer("height_cm", 8));
    return List.of(f);
  }

  // ---- series_table -------------------------------------------------------------------------------------------

  private List<Block> table(SectionSpec spec) {
    List<String> metrics = spec.list("metrics");
    if (!metrics.isEmpty()) {
      return crossSection(spec, metrics);
    }
    Optional<Metric> known = sources.metric(spec.requireText("metric"));
    if (known.isEmpty()) {
      return List.of(ctx.noData(spec.requireText("metric")));
    }
    Metric m = known.get();
    List<MetricSeries> series = series(spec, m.id());
    if (series.isEmpty()) {
      return List.of(ctx.noData(name(m)));
    }
    List<MetricPeriod> periods = periods(spec, series, kind(spec, series));
    if (periods.isEmpty()) {
      return List.of(ctx.noData(name(m)));
    }
    List<String> derive = spec.list("derive");
    List<String> derivedNames = derive.stream().map(d -> growthName(d.toLowerCase(Locale.ROOT))
        + (ctx.lang() == Lang.ZH ? "（%）" : " (%)")).toList();
    List<SeriesSections.EntityValues> rows = new ArrayList<>();
    List<List<List<Double>>> derived = new ArrayList<>();
    List<Double> change = new ArrayList<>();
    for (MetricSeries s : series) {
      List<Double> values = new ArrayList<>();
      periods.forEach(p -> values.add(s.value(p)));
      rows.add(new SeriesSections.EntityValues(entityName(s.entity()), values, List.of()));
      List<List<Double>> ds = new ArrayList<>();
      for (String d : derive) {
        List<Double> g = new ArrayList<>();
        periods.forEach(p -> g.add(growth(s, p, d.toLowerCase(Locale.ROOT))));
        ds.add(g);
      }
      derived.add(ds);
      Double firstV = values.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
      Double lastV = values.get(values.size() - 1);
      change.add(values.size() < 2 ? null : MetricSeries.growthPct(lastV, firstV));
    }
    String unit = series.get(0).unit();
    String caption = caption(spec, name(m) + (ctx.lang() == Lang.ZH ? "（" + unit + "）" : " (" + unit + ")"));
    String first = spec.text("first_column", ctx.lang() == Lang.ZH ? "公司/指标" : "Entity");
    Table t = SeriesSections.table(ctx, caption, first, labels(periods, series), rows, derivedNames, derived,
        spec.flag("change", false) ? change : null, valueStyle(m), source(spec, series));
    return List.of(t);
  }

  private List<Block> crossSection(SectionSpec spec, List<String> metricIds) {
    List<Metric> metrics = metricIds.stream().map(id -> metric(spec, id)).toList();
    String periodText = spec.requireText("period");
    MetricPeriod period = MetricPeriod.parse(periodText).period();
    Map<String, Map<String, Double>> byEntity = new LinkedHashMap<>();
    List<MetricSeries> all = new ArrayList<>();
    for (Metric m : metrics) {
      for (MetricSeries s : series(spec, m.id())) {
        all.add(s);
        Double v = s.value(period);
        if (v != null) {
          byEntity.computeIfAbsent(s.entity(), e -> new LinkedHashMap<>()).put(m.id(), v);
        }
      }
    }
    if (byEntity.isEmpty()) {
      return List.of(ctx.noData(String.join("、", metrics.stream().map(this::name).toList())));
    }
    List<String> entities = spec.list("entities").isEmpty() ? new ArrayList<>(byEntity.keySet())
        : spec.list("entities").stream().filter(byEntity::containsKey).toList();
    List<List<Double>> values = new ArrayList<>();
    for (String e : entities) {
      List<Double> row = new ArrayList<>();
      metrics.forEach(m -> row.add(byEntity.get(e).get(m.id())));
      values.add(row);
    }
    List<String> names = metrics.stream().map(m -> name(m) + (m.unit().isEmpty() ? "" : "（" + m.unit() + "）")).toList();
    String caption = caption(spec, String.join("、", metrics.stream().map(this::name).toList()));
    return List.of(SeriesSections.crossSection(caption, spec.text("first_column", ctx.lang() == Lang.ZH ? "名称" : "Name"),
        names, entities.stream().map(this::entityName).toList(), values, metrics.stream().map(this::valueStyle).toList(),
        source(spec, all)));
  }

  // ---- series_text --------------------------------------------------------------------------------------------

  private List<Block> text(SectionSpec spec) {
    Optional<Metric> known = sources.metric(spec.requireText("metric"));
    if (known.isEmpty()) {
      return List.of(ctx.noData(spec.requireText("metric")));
    }
    Metric m = known.get();
    List<MetricSeries> series = sources.metricSeries(m.id(), spec.list("entity"));
    if (series.isEmpty()) {
      return List.of(ctx.noData(name(m)));
    }
    MetricSeries s = series.get(0);
    List<MetricPeriod> periods = periods(spec, List.of(s), kind(spec, List.of(s)));
    if (periods.isEmpty()) {
      return List.of(ctx.noData(name(m)));
    }
    MetricPeriod p = periods.get(periods.size() - 1);
    MetricPoint pt = s.point(p);
    Map<String, String> v = new LinkedHashMap<>();
    v.put("metric", name(m));
    v.put("entity", entityName(s.entity()));
    v.put("period", SeriesSections.periodWords(ctx.lang(), p.kind().name(), p.year(), p.index(), pt.estimate()));
    v.put("value", new NumberStyle(m.decimals(), spec.flag("grouping", false), NumberStyle.Unit.NONE, false).format(pt.value()));
    v.put("unit", s.unit());
    v.put("yoy", SeriesSections.growthWords(ctx.lang(), s.yoyPct(p)));
    v.put("mom", SeriesSections.growthWords(ctx.lang(), s.momPct(p)));
    v.put("qoq", SeriesSections.growthWords(ctx.lang(), s.qoqPct(p)));
    String dflt = ctx.lang() == Lang.ZH ? "{metric}在{period}达{value}{unit}，同比{yoy}，环比{mom}。"
        : "{metric} was {value} {unit} in {period}, {yoy} year on year and {mom} month on month.";
    String template = ctx.lang() == Lang.EN ? spec.text("template_en", dflt) : spec.text("template", dflt);
    return List.of(SeriesSections.sentence(template, v));
  }

  // ---- index_window -------------------------------------------------------------------------------------------

  private List<Block> indexWindow(SectionSpec spec) {
    String mode = spec.text("mode", "cumulative");
    List<String> codes = spec.list("indices").stream().filter(c -> sources.reference().security(c).isPresent()).toList();
    if (codes.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "指数" : "index"));
    }
    return switch (mode) {
      case "cumulative" -> cumulative(spec, codes);
      case "pe" -> peWindow(spec, codes);
      case "level" -> levelWindow(spec, codes);
      default -> throw new IllegalArgumentException(spec.where() + " (index_window): [mode] must be cumulative, pe or level, got '"
          + mode + "'");
    };
  }

  /** Cumulative return of each index from the last close before {@code since} to each day up to the report date. */
  private List<Block> cumulative(SectionSpec spec, List<String> codes) {
    LocalDate since = LocalDate.parse(spec.requireText("since"));
    Map<String, PriceHistory> hs = sources.market().histories(codes, since.minusDays(14), asOf);
    List<ChartSpec.LineSeries> lines = new ArrayList<>();
    List<List<org.sectordesk.report.Cell>> rows = new ArrayList<>();
    for (String code : codes) {
      PriceHistory h = hs.get(code);
      if (h == null || h.isEmpty()) {
        continue;
      }
      int base = h.indexBefore(since);
      if (base < 0) {
        continue; // no close before the window: no return can be measured from its start
      }
      List<LocalDate> dates = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      double b = h.adjClose(base);
      for (int i = base; i < h.size(); i++) {
        dates.add(h.date(i));
        values.add(h.adjClose(i) / b - 1);
      }
      Security s = sources.reference().require(code);
      lines.add(new ChartSpec.LineSeries(ctx.name(s), dates, values, false));
      rows.add(List.of(org.sectordesk.report.Cell.text(ctx.name(s)),
          org.sectordesk.report.Cell.num(values.get(values.size() - 1), NumberStyle.percent(1).signed()),
          org.sectordesk.report.Cell.text(dates.get(dates.size() - 1).toString())));
    }
    if (lines.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "指数行情" : "index levels"));
    }
    String caption = caption(spec, ctx.lang() == Lang.ZH ? since + "以来主要指数累计涨跌幅（%）"
        : "Cumulative return since " + since + " (%)");
    List<Block> out = new ArrayList<>();
    out.add(new Figure(caption, new ChartSpec.Lines(lines, List.of(), NumberStyle.percent(0), "", ""), source(spec, List.of()),
        spec.integer("width_cm", 16), spec.integer("height_cm", 8)));
    if (spec.flag("table", false)) {
      out.add(Table.simple(caption, ctx.lang() == Lang.ZH ? List.of("指数", "累计涨跌幅", "截至") : List.of("Index", "Return", "As of"),
          rows, source(spec, List.of())));
    }
    return out;
  }

  /** The level of each index (e.g. the AH premium index) over the last {@code years} years. */
  private List<Block> levelWindow(SectionSpec spec, List<String> codes) {
    int years = spec.integer("years", 10);
    Map<String, PriceHistory> hs = sources.market().histories(codes, asOf.minusYears(years), asOf);
    List<ChartSpec.LineSeries> lines = new ArrayList<>();
    for (String code : codes) {
      PriceHistory h = hs.get(code);
      if (h == null || h.isEmpty()) {
        continue;
      }
      List<LocalDate> dates = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < h.size(); i++) {
        dates.add(h.date(i));
        values.add(h.close(i));
      }
      lines.add(new ChartSpec.LineSeries(ctx.name(sources.reference().require(code)), dates, values,
          lines.size() == 1 && spec.flag("right_axis", false)));
    }
    if (lines.isEmpty()) {
      return List.of(ctx.noData(ctx.lang() == Lang.ZH ? "指数行情" : "index levels"));
    }
    String caption = caption(spec, ctx.lang() == Lang.ZH ? "近" + years + "年指数走势" : "Index level over " + years + " years");
    return List.of(new Figure(caption, new ChartSpec.Lines(lines, List.of(), NumberStyle.grouped(0), "", ""),
        source(spec, List.of()), spec.integer("width_cm", 16), spec.integer("height_cm", 8)));
  }

  /** PE-TTM of each index over the last {@code years} years, and each one's percentile within that window. */
  private List<Block> peWindow(SectionSpec spec, List<String> codes) {
    int years = spec.integer("years", 3);
    LocalDate from = asOf.minusYears(years);
    List<ChartSpec.LineSeries> lines = new ArrayList<>();
    List<List<org.sectordesk.report.Cell>> rows = new ArrayList<>();
    for (String code : codes) {
      List<ValuationPoint> window = sources.market().valuation(code).stream()
          .filter(p -> !p.date().isBefore(from) && !p.date().isAfter(asOf)).toList();
      if (window.isEmpty()) {
        continue;
      }
      Security s = sources.reference().require(code);
      lines.add(new ChartSpec.LineSeries(ctx.name(s), window.stream().map(ValuationPoint::date).toList(),
          window.stream().map(p -> (Double) p.peTtm()).toList(), lines.size() == 1 && spec.flag("right_axis", false)));
      ValuationStats st = ValuationStats.of(code, window, asOf);
      rows.add(List.of(org.sectordesk.report.Cell.text(ctx.name(s)), org.sectordesk.report.Cell.num(st.peTtm(), NumberStyle.multiple(1)),
          org.sectordesk.report.Cell.num(st.percentile(), NumberStyle.percent(1)),
          org.sectordesk.report.Cell.num(st.mean(), NumberStyle.multiple(1)), org.sectordesk.report.Cell.text(st.date().toString())));
    }
    if (lines.isEmpty()) {
      return List.of(ctx.noData("PE-TTM"));
    }
    boolean zh = ctx.lang() == Lang.ZH;
    String caption = caption(spec, zh ? "近" + years + "年主要指数PE-TTM（倍）" : "PE-TTM over " + years + " years (x)");
    List<Block> out = new ArrayList<>();
    out.add(new Figure(caption, new ChartSpec.Lines(lines, List.of(), NumberStyle.multiple(0), "", ""), source(spec, List.of()),
        spec.integer("width_cm", 16), spec.integer("height_cm", 8)));
    if (spec.flag("table", true)) {
      out.add(Table.simple(zh ? "PE-TTM及其" + years + "年分位" : "PE-TTM and its " + years + "-year percentile",
          zh ? List.of("指数", "PE-TTM", years + "年分位", years + "年均值", "日期")
              : List.of("Index", "PE-TTM", years + "y percentile", years + "y mean", "Date"), rows, source(spec, List.of())));
    }
    return out;
  }

  static Optional<String> none() {
    return Optional.empty();
  }
}
