package org.sectordesk.store;

import java.util.List;
import org.sectordesk.domain.EpsEstimate;

/** The team's EPS forecasts, history kept. */
public interface EstimateStore {

  /**
   * Stores forecasts in one transaction. A forecast whose key (code, fiscal year, as-of) is stored replaces it;
   * identical rows count as unchanged.
   */
  WriteSummary write(List<EpsEstimate> estimates);

  /** Every stored forecast, ordered by code, fiscal year and as-of date. */
  List<EpsEstimate> all();
}
