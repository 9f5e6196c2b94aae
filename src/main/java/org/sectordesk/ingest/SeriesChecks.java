package org.sectordesk.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sectordesk.domain.MetricPeriod;
import org.sectordesk.domain.MetricPoint;

/**
 * The rules across the rows of one series file: a point given twice, a series whose points disagree on the unit,
 * and an estimate for a period that already has a reported figure in the series (an estimate must lie after the
 * series' last actual of the same kind of period).
 */
final class SeriesChecks {
  private SeriesChecks() {}

  static void check(List<SeriesFiles.Row> rows, Problems problems) {
    Map<String, SeriesFiles.Row> seen = new HashMap<>();
    Map<MetricPoint.SeriesKey, SeriesFiles.Row> unitOf = new HashMap<>();
    Map<String, MetricPeriod> lastActual = new HashMap<>();
    for (SeriesFiles.Row r : rows) {
      MetricPoint p = r.point();
      String key = p.entity() + "|" + p.metric() + "|" + p.period();
      SeriesFiles.Row first = seen.putIfAbsent(key, r);
      if (first != null) {
        problems.add(r.where(), "period", p.periodText() + " of " + p.series() + " is given twice (first at "
            + first.where() + ")");
      }
      SeriesFiles.Row u = unitOf.putIfAbsent(p.series(), r);
      if (u != null && !u.point().unit().equals(p.unit())) {
        problems.add(r.where(), "unit", "unit '" + p.unit() + "' clashes with '" + u.point().unit() + "' of the other"
            + " points of " + p.series() + " (first at " + u.where() + "); one series has one unit");
      }
      if (!p.estimate()) {
        lastActual.merge(kindKey(p), p.period(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    for (SeriesFiles.Row r : rows) {
      MetricPoint p = r.point();
      MetricPeriod last = lastActual.get(kindKey(p));
      if (p.estimate() && last != null && p.period().compareTo(last) <= 0) {
        problems.add(r.where(), "estimate", "estimate flag on " + p.periodText() + " of " + p.series()
            + ", a past period: the series has reported figures up to " + last);
      }
    }
  }

  private static String kindKey(MetricPoint p) {
    return p.entity() + "|" + p.metric() + "|" + p.period().kind();
  }
}
