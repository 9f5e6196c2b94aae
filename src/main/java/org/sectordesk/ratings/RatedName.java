package org.sectordesk.ratings;

import java.time.LocalDate;
import java.util.Objects;
import org.sectordesk.domain.Market;

/**
 * What the scorer needs to know about a rated code: the market it trades on, whether it is a company or an industry,
 * and the delisting the analyst recorded ({@code delisted:} in desk.yaml: the first day without trading), or null.
 */
public record RatedName(String code, Market market, RatingTarget target, LocalDate delisted) {
  public RatedName {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(target, "target");
  }

  /** A name with no recorded delisting. */
  public RatedName(String code, Market market, RatingTarget target) {
    this(code, market, target, null);
  }
}
