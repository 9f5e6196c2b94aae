package org.sectordesk.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sectordesk.domain.MetricPeriod;
import org.sectordesk.domain.MetricPoint;

/**
 * One metric of one entity over time, and the growth measures of each point. Every measure is in percent
 * (unrounded) and null where it cannot be computed: the comparison period is missing, or its value is zero or
 * negative (a growth rate over a loss means nothing). Never 0 for "unknown".
 */
public final class MetricSeries {
  private final String entity;
  private final String metric;
  private final String unit;
  private final TreeMap<MetricPeriod, MetricPoint> points = new TreeMap<>();

  public MetricSeries(String entity, String metric, String unit, List<MetricPoint> points) {
    this.entity = Objects.requireNonNull(entity, "entity");
    this.metric = Objects.requireNonNull(metric, "metric");
    this.unit = unit == null ? "" : unit;
    for (MetricPoint p : points) {
      if (!p.entity().equals(entity) || !p.metric().equals(metric)) {
        throw new IllegalArgumentException("point " + p.entity() + " " + p.metric() + " is not of series " + entity + " " + metric);
      }
      if (this.points.put(p.period(), p) != null) {
        throw new IllegalArgumentException("series " + entity + " " + metric + " has " + p.period() + " twice");
      }
    }
  }

  public String entity() {
    return entity;
  }

  public String metric() {
    return metric;
  }

  public String unit() {
    return unit;
  }

  /** The points in period order. */
  public List<MetricPoint> points() {
    return List.copyOf(points.values());
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }

  /** The value of a period, or null. */
  public Double value(MetricPeriod p) {
    MetricPoint pt = points.get(p);
    return pt == null ? null : pt.value();
  }

  public MetricPoint point(MetricPeriod p) {
    return points.get(p);
  }

  /** Year-on-year growth: against the same month, quarter, year or day one year earlier. */
  public Double yoyPct(MetricPeriod p) {
    return growthPct(value(p), value(p.yearAgo()));
  }

  /** Month-on-month growth; null for periods that are not months. */
  public Double momPct(MetricPeriod p) {
    return p.kind() == MetricPeriod.Kind.MONTH ? growthPct(value(p), value(p.previous())) : null;
  }

  /** Quarter-on-quarter growth; null for periods that are not quarters. */
  public Double qoqPct(MetricPeriod p) {
    return p.kind() == MetricPeriod.Kind.QUARTER ? growthPct(value(p), value(p.previous())) : null;
  }

  /** Growth of {@code now} over {@code base} in percent; null when either is missing or the base is not positive. */
  public static Double growthPct(Double now, Double base) {
    if (now == null || base == null || !(base > 0)) {
      return null;
    }
    return (now / base - 1) * 100;
  }

  /**
   * Trailing twelve months at a quarter: the sum of it and the three quarters before; null when any is missing.
   */
  public Double ttm(MetricPeriod quarter) {
    if (quarter.kind() != MetricPeriod.Kind.QUARTER) {
      return null;
    }
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      Double v = value(quarter.plus(-i));
      if (v == null) {
        return null;
      }
      sum += v;
    }
    return sum;
  }

  /**
   * Yearly sums of the quarters: every year whose four quarters are all present (a year with a missing quarter is
   * left out, never summed short). The sum is an estimate when any quarter is.
   */
  public List<MetricPoint> annualSums() {
    Map<Integer, List<MetricPoint>> byYear = new TreeMap<>();
    for (MetricPoint p : points.values()) {
      if (p.period().kind() == MetricPeriod.Kind.QUARTER) {
        byYear.computeIfAbsent(p.period().year(), y -> new ArrayList<>()).add(p);
      }
    }
    List<MetricPoint> out = new ArrayList<>();
    byYear.forEach((y, qs) -> {
      if (qs.size() == 4) {
        double sum = qs.stream().mapToDouble(MetricPoint::value).sum();
        boolean est = qs.stream().anyMatch(MetricPoint::estimate);
        MetricPoint first = qs.get(0);
        out.add(new MetricPoint(entity, metric, MetricPeriod.year(y), sum, unit, first.currency(), first.source(), est));
      }
    });
    return Collections.unmodifiableList(out);
  }

  /**
   * Compound annual growth from one period to a later one of the same kind, in percent; null when either value is
   * missing or not positive, or the periods are not at least one year apart.
   */
  public Double cagrPct(MetricPeriod from, MetricPeriod to) {
    Double a = value(from);
    Double b = value(to);
    if (a == null || b == null || !(a > 0) || !(b > 0) || from.kind() != to.kind()) {
      return null;
    }
    double years = (to.end().toEpochDay() - from.end().toEpochDay()) / 365.25;
    if (from.kind() == MetricPeriod.Kind.YEAR) {
      years = to.year() - from.year();
    } else if (from.kind() == MetricPeriod.Kind.QUARTER) {
      years = ((to.year() * 4 + to.index()) - (from.year() * 4 + from.index())) / 4.0;
    } else if (from.kind() == MetricPeriod.Kind.MONTH) {
      years = ((to.year() * 12 + to.index()) - (from.year() * 12 + from.index())) / 12.0;
    }
    if (years < 1 - 1e-9) {
      return null;
    }
    return (Math.pow(b / a, 1 / years) - 1) * 100;
  }

  /**
   * The series rebased at a period: to 100 ({@code asReturn} false: value / base × 100) or to 0%
   * ({@code asReturn} true: (value / base − 1) × 100). Empty when the base is missing or not positive.
   */
  public Map<MetricPeriod, Double> rebased(MetricPeriod base, boolean asReturn) {
    Double b = value(base);
    Map<MetricPeriod, Double> out = new TreeMap<>();
    if (b == null || !(b > 0)) {
      return out;
    }
    points.forEach((p, pt) -> out.put(p, asReturn ? (pt.value() / b - 1) * 100 : pt.value() / b * 100));
    return out;
  }
}
