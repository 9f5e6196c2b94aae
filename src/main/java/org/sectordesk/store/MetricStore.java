package org.sectordesk.store;

import java.util.List;
import org.sectordesk.domain.MetricPoint;

/** Metric series points (company and industry KPIs, macro statistics, estimates). */
public interface MetricStore {

  /**
   * Stores points in one transaction. A point whose key (entity, metric, period) is stored replaces it; identical
   * points count as unchanged; points of other keys are left alone.
   */
  WriteSummary write(List<MetricPoint> points);

  /** Every stored point, ordered by metric, entity and period end. */
  List<MetricPoint> all();

  /** The points of one metric (every entity), ordered by entity and period end. */
  List<MetricPoint> metric(String metric);
}
