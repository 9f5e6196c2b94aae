package org.sectordesk.desk.view;

import java.util.List;
import org.sectordesk.desk.RatingBookDesk;

/** {@code desk ratings list}: every stored rating in date order, with the day the next one replaced it. */
public record RatingListView(List<RatingBookDesk.Listed> ratings) {
  public RatingListView {
    ratings = List.copyOf(ratings);
  }
}
