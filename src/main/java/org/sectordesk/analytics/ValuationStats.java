package org.sectordesk.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sectordesk.domain.ValuationPoint;

/**
 * Where an index's PE-TTM stands in its own history since inception. Observations at or below zero (loss years)
 * have no place on the PE scale: they are left out of the percentile, mean and deviation and counted.
 *
 * @param date       the observation used: the last on or before the as-of date
 * @param peTtm      that day's PE-TTM
 * @param percentile share of positive observations from inception to {@code date} (inclusive) at or below it, 0..1;
 *                   NaN when the current PE is not positive
 * @param mean       mean PE-TTM over the same positive observations
 * @param stdDev     population standard deviation over the same observations
 * @param count      number of positive observations
 * @param since      first observation (inception of the series)
 * @param excludedNonpositive observations up to {@code date} at or below zero, left out
 */
public record ValuationStats(String code, LocalDate asOf, LocalDate date, double peTtm, double percentile,
    double mean, double stdDev, int count, LocalDate since, int excludedNonpositive) {

  /** The upper band of the valuation chart: mean plus one standard deviation. */
  public double upperBand() {
    return mean + stdDev;
  }

  /** The lower band of the valuation chart: mean minus one standard deviation. */
  public double lowerBand() {
    return mean - stdDev;
  }

  /** Statistics of the series as of a day; the series may be in any order. */
  public static ValuationStats of(String code, List<ValuationPoint> series, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    ValuationPoint current = null;
    LocalDate first = null;
    int n = 0;
    int excluded = 0;
    double sum = 0;
    for (ValuationPoint p : series) {
      if (p.date().isAfter(asOf)) {
        continue;
      }
      if (current == null || p.date().isAfter(current.date())) {
        current = p;
      }
      if (first == null || p.date().isBefore(first)) {
        first = p.date();
      }
      if (!(p.peTtm() > 0)) {
        excluded++;
        continue;
      }
      n++;
      sum += p.peTtm();
    }
    if (current == null) {
      throw new IllegalArgumentException("no PE-TTM observation of " + code + " on or before " + asOf);
    }
    double mean = n == 0 ? Double.NaN : sum / n;
    double sq = 0;
    int atOrBelow = 0;
    for (ValuationPoint p : series) {
      if (p.date().isAfter(asOf) || !(p.peTtm() > 0)) {
        continue;
      }
      sq += (p.peTtm() - mean) * (p.peTtm() - mean);
      if (p.peTtm() <= current.peTtm()) {
        atOrBelow++;
      }
    }
    double percentile = current.peTtm() > 0 && n > 0 ? (double) atOrBelow / n : Double.NaN;
    return new ValuationStats(code, asOf, current.date(), current.peTtm(), percentile, mean,
        n == 0 ? Double.NaN : Math.sqrt(sq / n), n, first, excluded);
  }
}
