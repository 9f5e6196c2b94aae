package org.sectordesk.ratings;

import java.time.LocalDate;
import java.util.Objects;
import org.sectordesk.domain.PublishedRating;

/**
 * One rating of the book with its outcome. Returns are fractions (0.052 = 5.2%); {@code NaN} when not available.
 *
 * @param target         company or industry
 * @param benchmark      the benchmark code it is measured against; empty when the scheme names none for its market
 * @param excess6m       excess return over the benchmark 6 months after publication (NaN before then, or once replaced)
 * @param excess12m      the same at 12 months
 * @param evaluatedTo    the date the verdict (or today's standing) is measured to
 * @param stockReturn    the name's return from publication to {@code evaluatedTo}
 * @param benchmarkReturn the benchmark's return over the same days
 * @param excess         {@code stockReturn - benchmarkReturn}: the excess the realised tier and the averages use
 * @param realisedTier   the tier whose band holds {@code excess}; empty when it cannot be computed
 * @param hit            true / false once judged; {@code null} while pending or for a tier that states no view
 * @param inBandToday    for pending ratings: whether the excess so far lies in the published tier's band
 * @param replacedOn     date of the next rating on the same name, when there is one on or before the as-of date
 * @param note           why something is missing (no prices, no benchmark …); empty otherwise
 */
public record ScoredRating(PublishedRating rating, RatingTarget target, String benchmark, double excess6m,
    double excess12m, LocalDate evaluatedTo, double stockReturn, double benchmarkReturn, double excess,
    String realisedTier, Boolean hit, Boolean inBandToday, RatingStatus status, LocalDate replacedOn, String note) {

  public ScoredRating {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    benchmark = benchmark == null ? "" : benchmark;
    realisedTier = realisedTier == null ? "" : realisedTier;
    note = note == null ? "" : note;
  }
}
