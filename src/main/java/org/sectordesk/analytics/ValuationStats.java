package org.sectordesk.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sectordesk.domain.ValuationPoint;

/**
 * Where an index's PE-TTM stands in its own history since inception.
 *
 * @param date       the observation used: the last on or before the as-of date
 * @param peTtm      that day's PE-TTM
 * @param percentile share of observations from inception to {@code date} (inclusive) at or below it, 0..1
 * @param mean       mean PE-TTM over the same observations
 * @param stdDev     population standard deviation over the same observations
 * @param count      number of observations
 * @param since      first observation (inception of the series)
 */
public record ValuationStats(String code, LocalDate asOf, LocalDate date, double peTtm, double percentile,
    double mean, double stdDev, int count, LocalDate since) {

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
    double sum = 0;
    for (ValuationPoint p : series) {
      if (p.date().isAfter(asOf)) {
        continue;
      }
      n++;
      sum += p.peTtm();
      if (current == null || p.date().isAfter(current.date())) {
        current = p;
      }
      if (first == null || p.date().isBefore(first)) {
        first = p.date();
      }
    }
    if (current == null) {
      throw new IllegalArgumentException("no PE-TTM observation of " + code + " on or before " + asOf);
    }
    double mean = sum / n;
    double sq = 0;
    int atOrBelow = 0;
    for (ValuationPoint p : series) {
      if (p.date().isAfter(asOf)) {
        continue;
      }
      sq += (p.peTtm() - mean) * (p.peTtm() - mean);
      if (p.peTtm() <= current.peTtm()) {
        atOrBelow++;
      }
    }
    return new ValuationStats(code, asOf, current.date(), current.peTtm(), (double) atOrBelow / n, mean,
        Math.sqrt(sq / n), n, first);
  }
}
