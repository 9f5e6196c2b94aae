package org.sectordesk.store;

import java.util.List;
import org.sectordesk.domain.PublishedRating;

/** Every rating the team published. */
public interface RatingStore {

  /**
   * Stores ratings in one transaction. A rating whose key (code, date) is stored replaces it; identical rows count
   * as unchanged.
   */
  WriteSummary write(List<PublishedRating> ratings);

  /** Every stored rating, ordered by date and code. */
  List<PublishedRating> all();
}
