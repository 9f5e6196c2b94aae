package org.sectordesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sectordesk.domain.Metric;
import org.sectordesk.domain.MetricCatalogue;
import org.sectordesk.domain.MetricPeriod;
import org.sectordesk.domain.MetricPoint;

/**
 * Reads metric series files ({@code desk import series}): the long layout, one point per row
 * ({@code entity,metric,period,value,unit,source} and optionally {@code currency,estimate}), and the wide layout of
 * a Wind EDB / iFinD export (periods down the first column or across the first row, one column or row per series,
 * label rows or columns 指标名称 / 单位 / 频率 / 来源 naming each series). Every problem names the file, the line
 * or cell and the field; see {@link SeriesChecks} for the rules across rows.
 */
public final class SeriesFiles {
  /** The layout of a series file. */
  public enum SeriesLayout { LONG, WIDE, AUTO }

  /** A point and where it was read ({@code 17} or {@code Sheet1!C5}). */
  public record Row(MetricPoint point, String where) {}

  private static final Map<String, String> LONG_NAMES = Map.ofEntries(
      Map.entry("entity", "entity"), Map.entry("主体", "entity"), Map.entry("实体", "entity"),
      Map.entry("metric", "metric"), Map.entry("指标", "metric"),
      Map.entry("period", "period"), Map.entry("期间", "period"), Map.entry("日期", "period"),
      Map.entry("value", "value"), Map.entry("数值", "value"), Map.entry("值", "value"),
      Map.entry("unit", "unit"), Map.entry("单位", "unit"),
      Map.entry("source", "source"), Map.entry("来源", "source"),
      Map.entry("currency", "currency"), Map.entry("币种", "currency"),
      Map.entry("estimate", "estimate"), Map.entry("预测", "estimate"));

  private static final Map<String, String> WIDE_LABELS = Map.ofEntries(
      Map.entry("指标名称", "metric"), Map.entry("指标", "metric"), Map.entry("metric", "metric"),
      Map.entry("名称", "metric"), Map.entry("entity", "entity"), Map.entry("主体", "entity"),
      Map.entry("实体", "entity"), Map.entry("单位", "unit"), Map.entry("unit", "unit"),
      Map.entry("频率", "frequency"), Map.entry("frequency", "frequency"), Map.entry("来源", "source"),
      Map.entry("source", "source"), Map.entry("币种", "currency"), Map.entry("currency", "currency"),
      Map.entry("指标id", "id"), Map.entry("更新时间", "updated"), Map.entry("时间区间", "range"));

  private SeriesFiles() {}

  /** Reads a file; the catalogue tells metric ids (and the vendor column names of the wide layout). */
  public static Imported<Row> read(Path file, SeriesLayout layout, String sheet, MetricCatalogue catalogue) {
    ImportRequest request = new ImportRequest(file, Layout.AUTO, null, sheet);
    Problems problems = new Problems(request.fileName());
    List<TableRow> rows = new ArrayList<>();
    try (Table table = Tables.open(request, problems, null)) {
      if (table == null) {
        return problems.result(List.of());
      }
      for (TableRow r = table.next(); r != null; r = table.next()) {
        if (r.blank()) {
          problems.dropped("blank", r.where());
        } else if (Header.clean(r.cell(0)).startsWith("#")) {
          problems.dropped("comment", r.where());
        } else if (isFooter(r)) {
          problems.dropped("footer of the vendor export", r.where());
        } else {
          rows.add(r);
        }
      }
    } catch (IOException e) {
      problems.fileProblem("file", "cannot read " + file + ": " + e.getMessage());
      return problems.result(List.of());
    }
    if (rows.isEmpty()) {
      problems.fileProblem("file", "the file holds no rows");
      return problems.result(List.of());
    }
    SeriesLayout chosen = layout == SeriesLayout.AUTO ? detect(rows.get(0)) : layout;
    List<Row> out = new ArrayList<>();
    if (chosen == SeriesLayout.LONG) {
      readLong(rows, catalogue, problems, out);
    } else {
      readWide(rows, catalogue, problems, out);
    }
    SeriesChecks.check(out, problems);
    return problems.result(out);
  }

  private static boolean isFooter(TableRow r) {
    String first = Header.clean(r.cell(0));
    return first.startsWith("数据来源") || first.startsWith("来源：") || first.startsWith("Source:");
  }

  /** Long when the first row names entity, metric, period and value columns. */
  static SeriesLayout detect(TableRow header) {
    int found = 0;
    for (String c : header.cells()) {
      String k = LONG_NAMES.get(key(c));
      if (k != null && List.of("entity", "metric", "period", "value").contains(k)) {
        found++;
      }
    }
    return found >= 3 ? SeriesLayout.LONG : SeriesLayout.WIDE;
  }

  private static String key(String cell) {
    return Header.clean(cell).toLowerCase(Locale.ROOT);
  }

  // ---- long layout -------------------------------------------------------------------------------------------

  private static void readLong(List<TableRow> rows, MetricCatalogue catalogue, Problems problems, List<Row> out) {
    TableRow header = rows.get(0);
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String k = LONG_NAMES.get(key(header.cell(i)));
      if (k != null) {
        col.putIfAbsent(k, i);
      }
    }
    List<String> names = new ArrayList<>();
    for (String c : header.cells()) {
      names.add(Header.clean(c));
    }
    boolean missing = false;
    for (String need : List.of("entity", "metric", "period", "value")) {
      if (!col.containsKey(need)) {
        problems.add(header.where(), need, "missing required column '" + need + "'; the header has: " + String.join(", ", names));
        missing = true;
      }
    }
    if (missing) {
      return;
    }
    for (int r = 1; r < rows.size(); r++) {
      TableRow row = rows.get(r);
      String entity = cell(row, col, "entity");
      String metricText = cell(row, col, "metric");
      String periodText = cell(row, col, "period");
      String valueText = cell(row, col, "value");
      int errors = 0;
      if (!validEntity(entity)) {
        problems.add(row.where(col.get("entity")), "entity", entity.isEmpty() ? "an entity is required (a code such as"
            + " 0700.HK, an industry or a macro id such as CN.PBOC)" : "'" + entity + "' is not an entity id (no spaces, at most 40 characters)");
        errors++;
      }
      Optional<Metric> metric = metric(metricText, catalogue);
      if (metric.isEmpty()) {
        problems.add(row.where(col.get("metric")), "metric", unknownMetric(metricText, catalogue));
        errors++;
      }
      MetricPeriod.Parsed period = null;
      try {
        period = MetricPeriod.parse(periodText);
      } catch (IllegalArgumentException e) {
        problems.add(row.where(col.get("period")), "period", e.getMessage());
        errors++;
      }
      double value = Double.NaN;
      try {
        value = Numbers.parse(valueText);
        if (Double.isNaN(value)) {
          problems.add(row.where(col.get("value")), "value", "a value is required");
          errors++;
        }
      } catch (IllegalArgumentException e) {
        problems.add(row.where(col.get("value")), "value", "'" + valueText + "' is not a number");
        errors++;
      }
      Boolean estimate = null;
      if (col.containsKey("estimate") && !cell(row, col, "estimate").isEmpty()) {
        estimate = flag(cell(row, col, "estimate"));
        if (estimate == null) {
          problems.add(row.where(col.get("estimate")), "estimate", "'" + cell(row, col, "estimate")
              + "' is not a yes/no flag (true, false, 1, 0, E, A)");
          errors++;
        }
      }
      if (errors > 0) {
        continue;
      }
      if (period.estimateMarker() && Boolean.FALSE.equals(estimate)) {
        problems.add(row.where(col.get("estimate")), "estimate", "period " + periodText
            + " is marked as an estimate (E) but the estimate column says it is an actual figure");
        continue;
      }
      boolean est = period.estimateMarker() || Boolean.TRUE.equals(estimate);
      String unit = cell(row, col, "unit");
      out.add(new Row(new MetricPoint(entity, metric.get().id(), period.period(), value,
          unit.isEmpty() ? metric.get().unit() : unit, cell(row, col, "currency").toUpperCase(Locale.ROOT),
          cell(row, col, "source"), est), row.where()));
    }
  }

  private static String cell(TableRow row, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null ? "" : Header.clean(row.cell(i));
  }

  static boolean validEntity(String e) {
    if (e.isEmpty() || e.length() > 40) {
      return false;
    }
    for (int i = 0; i < e.length(); i++) {
      if (Character.isWhitespace(e.charAt(i)) || e.charAt(i) == ',') {
        return false;
      }
    }
    return true;
  }

  private static Optional<Metric> metric(String text, MetricCatalogue catalogue) {
    Optional<Metric> m = catalogue.metric(text);
    return m.isPresent() ? m : catalogue.metrics().stream().filter(x -> x.name().equals(text)).findFirst();
  }

  private static String unknownMetric(String text, MetricCatalogue catalogue) {
    if (text.isEmpty()) {
      return "a metric is required";
    }
    return "unknown metric '" + text + "': it is not in metrics.yaml (known: "
        + (catalogue.ids().isEmpty() ? "none" : String.join(", ", catalogue.ids())) + ")";
  }

  private static Boolean flag(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "e", "est", "estimate", "是", "预测" -> Boolean.TRUE;
      case "false", "no", "n", "0", "a", "actual", "否", "实际" -> Boolean.FALSE;
      default -> null;
    };
  }

  // ---- wide layout -------------------------------------------------------------------------------------------

  /** One series of a wide file: its labels and where its column (or row) is. */
  private static final class WideSeries {
    final Map<String, String> labels = new LinkedHashMap<>();
    String labelWhere = "";
  }

  private static void readWide(List<TableRow> rows, MetricCatalogue catalogue, Problems problems, List<Row> out) {
    TableRow first = rows.get(0);
    int labelCols = 0;
    while (labelCols < first.size() && WIDE_LABELS.containsKey(key(first.cell(labelCols)))) {
      labelCols++;
    }
    if (labelCols > 0 && labelCols < first.size() && isPeriod(first.cell(labelCols))) {
      readAcross(rows, labelCols, catalogue, problems, out);
    } else {
      readDown(rows, catalogue, problems, out);
    }
  }

  /** Periods down the first column, one column per series, label rows above the first period. */
  private static void readDown(List<TableRow> rows, MetricCatalogue catalogue, Problems problems, List<Row> out) {
    int data = 0;
    while (data < rows.size() && !isPeriod(rows.get(data).cell(0))) {
      data++;
    }
    if (data == 0 || data == rows.size()) {
      problems.fileProblem("layout", "cannot read the file as a wide series export: expected label rows (指标名称, 单位,"
          + " 频率 …) and then periods down the first column, or label columns and periods across the first row");
      return;
    }
    int width = 0;
    for (int r = 0; r < data; r++) {
      width = Math.max(width, rows.get(r).size());
    }
    List<WideSeries> series = new ArrayList<>();
    for (int c = 1; c < width; c++) {
      series.add(new WideSeries());
    }
    for (int r = 0; r < data; r++) {
      TableRow row = rows.get(r);
      String label = WIDE_LABELS.get(key(row.cell(0)));
      if (label == null) {
        problems.add(row.where(0), "label", "'" + Header.clean(row.cell(0)) + "' is not a label row of a wide export"
            + " (指标名称, 单位, 频率, 来源, 币种, entity, metric) nor a period");
        continue;
      }
      for (int c = 1; c < width; c++) {
        WideSeries s = series.get(c - 1);
        s.labels.put(label, Header.clean(row.cell(c)));
        if (label.equals("metric") || s.labelWhere.isEmpty()) {
          s.labelWhere = row.where(c);
        }
      }
    }
    List<Resolved> resolved = new ArrayList<>();
    for (int c = 1; c < width; c++) {
      resolved.add(resolve(series.get(c - 1), catalogue, problems));
    }
    for (int r = data; r < rows.size(); r++) {
      TableRow row = rows.get(r);
      for (int c = 1; c < width; c++) {
        Resolved s = resolved.get(c - 1);
        if (s != null) {
          point(s, row.cell(0), row.where(0), row.cell(c), row.where(c), problems, out);
        }
      }
    }
  }

  /** Label columns then periods across the first row, one row per series. */
  private static void readAcross(List<TableRow> rows, int labelCols, MetricCatalogue catalogue, Problems problems,
      List<Row> out) {
    TableRow head = rows.get(0);
    for (int r = 1; r < rows.size(); r++) {
      TableRow row = rows.get(r);
      WideSeries s = new WideSeries();
      for (int c = 0; c < labelCols; c++) {
        String label = WIDE_LABELS.get(key(head.cell(c)));
        s.labels.put(label, Header.clean(row.cell(c)));
        if (label.equals("metric") || s.labelWhere.isEmpty()) {
          s.labelWhere = row.where(c);
        }
      }
      Resolved rs = resolve(s, catalogue, problems);
      if (rs == null) {
        continue;
      }
      for (int c = labelCols; c < head.size(); c++) {
        point(rs, head.cell(c), head.where(c), row.cell(c), row.where(c), problems, out);
      }
    }
  }

  private record Resolved(String entity, Metric metric, String unit, String source, String currency,
      MetricPeriod.Kind frequency) {}

  private static Resolved resolve(WideSeries s, MetricCatalogue catalogue, Problems problems) {
    String name = s.labels.getOrDefault("metric", "");
    String entity = s.labels.getOrDefault("entity", "");
    Metric metric = null;
    if (!name.isEmpty()) {
      Optional<Map.Entry<Metric, String>> vendor = catalogue.byVendorName(name);
      if (vendor.isPresent()) {
        metric = vendor.get().getKey();
        if (entity.isEmpty()) {
          entity = vendor.get().getValue();
        }
      } else {
        metric = metric(name, catalogue).orElse(null);
      }
    }
    if (name.isEmpty() && s.labels.values().stream().allMatch(String::isEmpty)) {
      return null; // an empty trailing column
    }
    if (metric == null) {
      problems.add(s.labelWhere, "metric", name.isEmpty() ? "the series has no 指标名称 / metric label"
          : unknownMetric(name, catalogue) + "; a vendor column name can be listed under vendor_names of the metric");
      return null;
    }
    if (!validEntity(entity)) {
      problems.add(s.labelWhere, "entity", "the series " + name + " names no entity: add an entity row, or list '"
          + name + "' under vendor_names of metric " + metric.id() + " with its entity");
      return null;
    }
    MetricPeriod.Kind freq = null;
    String f = s.labels.getOrDefault("frequency", "");
    if (!f.isEmpty()) {
      freq = frequency(f);
      if (freq == null) {
        problems.add(s.labelWhere, "frequency", "'" + f + "' is not a frequency (日, 月, 季, 年)");
        return null;
      }
    }
    String unit = s.labels.getOrDefault("unit", "");
    return new Resolved(entity, metric, unit.isEmpty() ? metric.unit() : unit, s.labels.getOrDefault("source", ""),
        s.labels.getOrDefault("currency", "").toUpperCase(Locale.ROOT), freq);
  }

  private static void point(Resolved s, String periodCell, String periodWhere, String valueCell, String valueWhere,
      Problems problems, List<Row> out) {
    if (Numbers.isMissing(valueCell)) {
      return;
    }
    MetricPeriod.Parsed p;
    try {
      p = MetricPeriod.parse(Header.clean(periodCell));
    } catch (IllegalArgumentException e) {
      problems.add(periodWhere, "period", e.getMessage());
      return;
    }
    MetricPeriod period = p.period();
    if (s.frequency() != null && period.kind() == MetricPeriod.Kind.DAY && s.frequency() != MetricPeriod.Kind.DAY) {
      period = MetricPeriod.of(s.frequency(), period.start());
    }
    double v;
    try {
      v = Numbers.parse(valueCell);
    } catch (IllegalArgumentException e) {
      problems.add(valueWhere, "value", "'" + Header.clean(valueCell) + "' is not a number");
      return;
    }
    out.add(new Row(new MetricPoint(s.entity(), s.metric().id(), period, v, s.unit(), s.currency(), s.source(),
        p.estimateMarker()), valueWhere));
  }

  private static boolean isPeriod(String cell) {
    String t = Header.clean(cell);
    if (t.isEmpty() || t.charAt(0) < '0' || t.charAt(0) > '9') {
      return false;
    }
    try {
      MetricPeriod.parse(t);
      return true;
    } catch (IllegalArgumentException e) {
      // 2024Q5 reads as a period row with a bad period: let the point report it
      return t.length() >= 6 && (t.charAt(4) == 'Q' || t.charAt(4) == 'q' || t.charAt(4) == '-');
    }
  }

  private static MetricPeriod.Kind frequency(String f) {
    return switch (f.strip().toLowerCase(Locale.ROOT)) {
      case "日", "d", "day", "daily", "周", "w", "weekly" -> MetricPeriod.Kind.DAY;
      case "月", "m", "month", "monthly" -> MetricPeriod.Kind.MONTH;
      case "季", "季度", "q", "quarter", "quarterly" -> MetricPeriod.Kind.QUARTER;
      case "年", "年度", "y", "a", "year", "annual", "yearly" -> MetricPeriod.Kind.YEAR;
      default -> null;
    };
  }
}
