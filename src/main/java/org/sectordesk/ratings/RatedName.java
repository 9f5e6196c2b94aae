package org.sectordesk.ratings;

import java.util.Objects;
import org.sectordesk.domain.Market;

/** What the scorer needs to know about a rated code: the market it trades on and whether it is a company or an industry. */
public record RatedName(String code, Market market, RatingTarget target) {
  public RatedName {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(target, "target");
  }
}
