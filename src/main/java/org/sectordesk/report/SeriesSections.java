package org.sectordesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report blocks of metric series: a chart of values with their growth (bars and a growth line on a second
 * axis, grouped or stacked bars, or lines), a table of entities by periods with derived rows, and a sentence from
 * a template. They lay out numbers they are given; they compute none.
 */
public final class SeriesSections {
  private SeriesSections() {}

  /** The periods shown, as labels ({@code 2024-10}, {@code 2024Q3}, {@code 2026E}); indices of estimate periods. */
  public record Periods(List<String> labels, Set<Integer> estimates) {
    public Periods {
      labels = List.copyOf(labels);
      estimates = Set.copyOf(estimates);
    }
  }

  /**
   * One entity over the periods: its name, values (null where none) and a derived measure in percent (null where
   * not computable; empty list when none is shown).
   */
  public record EntityValues(String name, List<Double> values, List<Double> growthPct) {
    public EntityValues {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
      growthPct = java.util.Collections.unmodifiableList(new ArrayList<>(growthPct));
    }
  }

  /** How a series chart draws: {@code bars_growth}, {@code grouped}, {@code stacked} or {@code lines}. */
  public static final Set<String> CHARTS = Set.of("bars_growth", "grouped", "stacked", "lines");

  /**
   * A series chart. {@code valueStyle} prints the values (a percent style takes fractions: shares and ratios are
   * given in percent and divided here); {@code growthName} names the growth line ("同比").
   */
  public static Figure chart(SectionContext ctx, String caption, String kind, Periods periods, List<EntityValues> entities,
      NumberStyle valueStyle, String unit, String growthName, boolean valueLabels, String source, double widthCm,
      double heightCm) {
    List<ChartSpec.BarSeries> bars = new ArrayList<>();
    List<ChartSpec.BarSeries> lines = new ArrayList<>();
    boolean one = entities.size() == 1;
    for (EntityValues e : entities) {
      List<Double> v = valueStyle.unit().isFraction() ? fractions(e.values()) : e.values();
      if (kind.equals("lines")) {
        lines.add(new ChartSpec.BarSeries(e.name(), v));
      } else {
        bars.add(new ChartSpec.BarSeries(one && !unit.isEmpty() ? e.name() + "（" + unit + "）" : e.name(), v));
      }
      if (kind.equals("bars_growth") && !e.growthPct().isEmpty()) {
        String name = one ? growthName + (ctx.lang() == Lang.ZH ? "（%，右轴）" : " (%, right)") : e.name() + " " + growthName;
        lines.add(new ChartSpec.BarSeries(name, fractions(e.growthPct())));
      }
    }
    ChartSpec.Combo spec = new ChartSpec.Combo(periods.labels(), bars, kind.equals("stacked"), lines,
        kind.equals("bars_growth"), valueStyle, kind.equals("lines") ? valueStyle : NumberStyle.percent(1),
        unit, kind.equals("bars_growth") ? "%" : "", periods.estimates(), valueLabels);
    return new Figure(caption, spec, source, widthCm, heightCm);
  }

  private static List<Double> fractions(List<Double> pct) {
    List<Double> out = new ArrayList<>();
    for (Double d : pct) {
      out.add(d == null ? null : d / 100);
    }
    return out;
  }

  /**
   * Entities by periods: a value row per entity and, under it, one row per derived measure (its label in
   * {@code derivedNames}, values in percent); optionally a last column with the change from the first to the last
   * period shown (percent).
   */
  public static Table table(SectionContext ctx, String caption, String firstColumn, Periods periods,
      List<EntityValues> entities, List<String> derivedNames, List<List<List<Double>>> derived, List<Double> changePct,
      NumberStyle valueStyle, String source) {
    List<String> head = new ArrayList<>();
    head.add(firstColumn);
    head.addAll(periods.labels());
    boolean change = changePct != null && !changePct.isEmpty();
    if (change) {
      head.add(ctx.lang() == Lang.ZH ? "变化" : "Change");
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      EntityValues e = entities.get(i);
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(e.name()));
      for (Double v : e.values()) {
        row.add(Cell.num(v, valueStyle));
      }
      if (change) {
        Double c = changePct.get(i);
        row.add(Cell.num(c == null ? null : c / 100, NumberStyle.percent(1).signed()));
      }
      rows.add(row);
      for (int d = 0; d < derivedNames.size(); d++) {
        List<Cell> dr = new ArrayList<>();
        dr.add(Cell.text("  " + derivedNames.get(d)));
        for (Double g : derived.get(i).get(d)) {
          dr.add(Cell.num(g == null ? null : g / 100, NumberStyle.percent(1)));
        }
        if (change) {
          dr.add(Cell.empty());
        }
        rows.add(dr);
      }
    }
    return Table.simple(caption, head, rows, source);
  }

  /** A cross-section: entities by metrics at one period (model scores and prices). */
  public static Table crossSection(String caption, String firstColumn, List<String> metricNames, List<String> entityNames,
      List<List<Double>> values, List<NumberStyle> styles, String source) {
    List<String> head = new ArrayList<>();
    head.add(firstColumn);
    head.addAll(metricNames);
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < entityNames.size(); i++) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(entityNames.get(i)));
      for (int m = 0; m < metricNames.size(); m++) {
        row.add(Cell.num(values.get(i).get(m), styles.get(m)));
      }
      rows.add(row);
    }
    return Table.simple(caption, head, rows, source);
  }

  /** Growth in words, as the reports write it: 增长2.1% / 下降2.1% / 持平 (under 0.05% either way); 无可比数据 when null. */
  public static String growthWords(Lang lang, Double pct) {
    if (pct == null) {
      return lang == Lang.ZH ? "无可比数据" : "n/a";
    }
    String abs = NumberStyle.plain(1).format(Math.abs(pct));
    if (abs.equals("0.0")) {
      return lang == Lang.ZH ? "持平" : "flat";
    }
    if (lang == Lang.ZH) {
      return (pct > 0 ? "增长" : "下降") + abs + "%";
    }
    return (pct > 0 ? "up " : "down ") + abs + "%";
  }

  /** A sentence from a template: each {@code {name}} replaced by its value; unknown placeholders stay visible. */
  public static Paragraph sentence(String template, Map<String, String> values) {
    String s = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      s = s.replace("{" + e.getKey() + "}", e.getValue());
    }
    return Paragraph.of(s);
  }

  /** A period as a sentence writes it: 2024年10月, 2024年第3季度, 2026年 (2026E: 2026年预测). */
  public static String periodWords(Lang lang, String kind, int year, int index, boolean estimate) {
    if (lang == Lang.EN) {
      return switch (kind) {
        case "MONTH" -> java.time.Month.of(index).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + year;
        case "QUARTER" -> "Q" + index + " " + year;
        case "YEAR" -> year + (estimate ? "E" : "");
        default -> java.time.LocalDate.ofYearDay(year, index).toString();
      };
    }
    return switch (kind) {
      case "MONTH" -> year + "年" + index + "月";
      case "QUARTER" -> year + "年第" + index + "季度";
      case "YEAR" -> year + "年" + (estimate ? "（预测）" : "");
      default -> {
        java.time.LocalDate d = java.time.LocalDate.ofYearDay(year, index);
        yield d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
      }
    };
  }
}
