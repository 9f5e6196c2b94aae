package org.sectordesk.desk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sectordesk.analytics.MetricSeries;
import org.sectordesk.domain.Metric;
import org.sectordesk.domain.MetricCatalogue;
import org.sectordesk.domain.MetricPeriod;
import org.sectordesk.domain.MetricPoint;
import org.sectordesk.ingest.ImportProblem;
import org.sectordesk.ingest.Imported;
import org.sectordesk.ingest.SeriesFiles;
import org.sectordesk.store.DuckDbMetricStore;
import org.sectordesk.store.MetricStore;
import org.sectordesk.store.WriteSummary;
import org.sectordesk.workspace.MetricsFile;
import org.sectordesk.workspace.Workspace;

/**
 * Metric series use cases: {@code desk import series}, {@code desk series list}, {@code desk series show}, and the
 * series the report sections draw.
 */
public final class SeriesDesk {
  /** The derived measures {@code --derive} may ask for, with their JSON names. */
  public static final Map<String, String> DERIVED = Map.of("yoy", "yoy_pct", "mom", "mom_pct", "qoq", "qoq_pct");

  private final MetricCatalogue catalogue;
  private final MetricStore store;

  public SeriesDesk(MetricCatalogue catalogue, MetricStore store) {
    this.catalogue = catalogue;
    this.store = store;
  }

  public static SeriesDesk open(Workspace ws) {
    return new SeriesDesk(MetricsFile.read(ws.dir()), new DuckDbMetricStore(ws.database()));
  }

  public MetricCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Reads the whole file, checks it against the stored series (a series keeps one unit; an estimate may not fall
   * on or before the series' last reported figure), and stores every point in one transaction, or none.
   */
  public BookImportResult importFile(Path file, SeriesFiles.SeriesLayout layout, String sheet) {
    Imported<SeriesFiles.Row> read = SeriesFiles.read(file, layout, sheet, catalogue);
    String name = file.getFileName().toString();
    List<ImportProblem> problems = new ArrayList<>(read.problems());
    if (problems.isEmpty()) {
      problems.addAll(againstStore(name, read.values()));
    }
    if (!problems.isEmpty()) {
      List<String> lines = new ArrayList<>(problems.stream().map(ImportProblem::toString).toList());
      if (read.problemCount() > read.problems().size()) {
        lines.add(read.problemCount() + " problems in all; the first " + read.problems().size() + " are listed");
      }
      return new BookImportResult("series points", name, read.values().size(), 0, 0, 0, lines);
    }
    WriteSummary w = store.write(read.values().stream().map(SeriesFiles.Row::point).toList());
    return new BookImportResult("series points", name, w.read(), w.inserted(), w.replaced(), w.unchanged(), List.of());
  }

  private List<ImportProblem> againstStore(String file, List<SeriesFiles.Row> rows) {
    Map<String, MetricPoint> incoming = new HashMap<>();
    for (SeriesFiles.Row r : rows) {
      incoming.put(key(r.point()), r.point());
    }
    Map<MetricPoint.SeriesKey, String> storedUnit = new HashMap<>();
    Map<String, MetricPeriod> lastActual = new HashMap<>();
    for (MetricPoint p : store.all()) {
      if (incoming.containsKey(key(p))) {
        continue; // replaced by the file
      }
      storedUnit.putIfAbsent(p.series(), p.unit());
      if (!p.estimate()) {
        lastActual.merge(p.entity() + "|" + p.metric() + "|" + p.period().kind(), p.period(),
            (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    List<ImportProblem> out = new ArrayList<>();
    for (SeriesFiles.Row r : rows) {
      MetricPoint p = r.point();
      String unit = storedUnit.get(p.series());
      if (unit != null && !unit.equals(p.unit())) {
        out.add(new ImportProblem(file, r.where(), "unit", "unit '" + p.unit() + "' clashes with '" + unit
            + "' of the stored points of " + p.series() + "; one series has one unit"));
      }
      MetricPeriod last = lastActual.get(p.entity() + "|" + p.metric() + "|" + p.period().kind());
      if (p.estimate() && last != null && p.period().compareTo(last) <= 0) {
        out.add(new ImportProblem(file, r.where(), "estimate", "estimate flag on " + p.periodText() + " of "
            + p.series() + ", a past period: the workspace holds reported figures up to " + last));
      }
    }
    return out;
  }

  private static String key(MetricPoint p) {
    return p.entity() + "|" + p.metric() + "|" + p.period();
  }

  /** Every stored series, in catalogue order (metrics outside the catalogue last), then by entity. */
  public SeriesListView list() {
    Map<MetricPoint.SeriesKey, List<MetricPoint>> bySeries = new LinkedHashMap<>();
    for (MetricPoint p : store.all()) {
      bySeries.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p);
    }
    List<String> order = catalogue.ids();
    List<SeriesListView.Row> rows = new ArrayList<>();
    bySeries.forEach((k, pts) -> {
      Optional<Metric> m = catalogue.metric(k.metric());
      rows.add(new SeriesListView.Row(k.metric(), m.map(Metric::name).orElse(k.metric()),
          m.map(Metric::nameEn).orElse(k.metric()), k.entity(), pts.get(0).unit(), pts.size(),
          pts.get(0).periodText(), pts.get(pts.size() - 1).periodText(),
          (int) pts.stream().filter(MetricPoint::estimate).count()));
    });
    rows.sort(java.util.Comparator.comparingInt((SeriesListView.Row r) -> {
      int i = order.indexOf(r.metric());
      return i < 0 ? Integer.MAX_VALUE : i;
    }).thenComparing(SeriesListView.Row::metric).thenComparing(SeriesListView.Row::entity));
    return new SeriesListView(rows);
  }

  /** The series of one metric, by entity in stored order (every entity when {@code entities} is empty). */
  public List<MetricSeries> series(String metric, List<String> entities) {
    Map<String, List<MetricPoint>> byEntity = new LinkedHashMap<>();
    for (MetricPoint p : store.metric(metric)) {
      if (entities.isEmpty() || entities.contains(p.entity())) {
        byEntity.computeIfAbsent(p.entity(), k -> new ArrayList<>()).add(p);
      }
    }
    List<String> order = entities.isEmpty() ? new ArrayList<>(byEntity.keySet()) : entities;
    List<MetricSeries> out = new ArrayList<>();
    for (String e : order) {
      List<MetricPoint> pts = byEntity.get(e);
      if (pts != null) {
        out.add(new MetricSeries(e, metric, pts.get(0).unit(), pts));
      }
    }
    return out;
  }

  /**
   * {@code desk series show}: the points of a metric between two periods (by period end, inclusive) with the
   * derived measures asked for, computed on the whole stored series.
   */
  public SeriesView show(String metric, List<String> entities, String from, String to, List<String> derive) {
    Metric m = catalogue.metric(metric).orElse(null);
    List<MetricSeries> all = series(metric, entities);
    if (m == null && all.isEmpty()) {
      throw new IllegalArgumentException("unknown metric '" + metric + "': it is neither in " + MetricsFile.FILE
          + " nor stored (known: " + (catalogue.ids().isEmpty() ? "none" : String.join(", ", catalogue.ids())) + ")");
    }
    List<String> measures = new ArrayList<>();
    for (String d : derive) {
      String k = d.strip().toLowerCase(Locale.ROOT);
      if (!DERIVED.containsKey(k)) {
        throw new IllegalArgumentException("--derive: '" + d + "' is not one of yoy, mom, qoq");
      }
      if (!measures.contains(k)) {
        measures.add(k);
      }
    }
    java.time.LocalDate lo = from == null ? null : MetricPeriod.parse(from).period().start();
    java.time.LocalDate hi = to == null ? null : MetricPeriod.parse(to).period().end();
    List<SeriesView.Series> out = new ArrayList<>();
    for (MetricSeries s : all) {
      List<SeriesView.Point> pts = new ArrayList<>();
      for (MetricPoint p : s.points()) {
        if ((lo != null && p.period().end().isBefore(lo)) || (hi != null && p.period().end().isAfter(hi))) {
          continue;
        }
        Map<String, Double> d = new LinkedHashMap<>();
        for (String k : measures) {
          d.put(DERIVED.get(k), switch (k) {
            case "yoy" -> s.yoyPct(p.period());
            case "mom" -> s.momPct(p.period());
            default -> s.qoqPct(p.period());
          });
        }
        pts.add(new SeriesView.Point(p.periodText(), p.value(), p.estimate(), d));
      }
      out.add(new SeriesView.Series(s.entity(), s.unit(), pts));
    }
    String unit = m != null && !m.unit().isEmpty() ? m.unit() : all.isEmpty() ? "" : all.get(0).unit();
    return new SeriesView(metric, m == null ? metric : m.name(), m == null ? metric : m.nameEn(), unit,
        m == null ? 1 : m.decimals(), measures, out);
  }
}
