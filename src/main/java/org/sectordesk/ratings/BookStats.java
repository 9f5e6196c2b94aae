package org.sectordesk.ratings;

import java.util.Arrays;
import java.util.List;

/**
 * Counts and outcomes of a group of ratings. Excess returns are fractions over judged ratings only (pending
 * ratings count in {@code count} and {@code pending} but not in the averages); NaN when there are none.
 *
 * @param count        ratings in the group
 * @param scored       ratings with a verdict (status scored, superseded or delisted)
 * @param judged       of those, ratings in a tier that states a view (hit or miss)
 * @param hits         of those, hits
 * @param hitRate      {@code hits / judged}, NaN when nothing is judged
 * @param avgExcess    mean excess return of the scored ratings
 * @param medianExcess median excess return of the scored ratings
 * @param pending      ratings still pending
 * @param sharePending {@code pending / count}
 * @param stale        ratings left out because their name's data ends early (counted in {@code count} only)
 */
public record BookStats(int count, int scored, int judged, int hits, double hitRate, double avgExcess,
    double medianExcess, int pending, double sharePending, int stale) {

  public static BookStats of(List<ScoredRating> ratings) {
    int count = ratings.size();
    int scored = 0;
    int judged = 0;
    int hits = 0;
    int pending = 0;
    int stale = 0;
    double[] excess = new double[count];
    int n = 0;
    for (ScoredRating s : ratings) {
      if (s.status() == RatingStatus.STALE) {
        stale++;
        continue;
      }
      if (!s.status().judged()) {
        pending++;
        continue;
      }
      scored++;
      if (s.hit() != null) {
        judged++;
        if (s.hit()) {
          hits++;
        }
      }
      if (!Double.isNaN(s.excess())) {
        excess[n++] = s.excess();
      }
    }
    double avg = Double.NaN;
    double median = Double.NaN;
    if (n > 0) {
      double[] xs = Arrays.copyOf(excess, n);
      Arrays.sort(xs);
      double sum = 0;
      for (double x : xs) {
        sum += x;
      }
      avg = sum / n;
      median = n % 2 == 1 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
    }
    return new BookStats(count, scored, judged, hits, judged == 0 ? Double.NaN : (double) hits / judged, avg, median,
        pending, count == 0 ? Double.NaN : (double) pending / count, stale);
  }
}
