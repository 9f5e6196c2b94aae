package org.sectordesk.ratings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.sectordesk.analytics.PeriodReturns;
import org.sectordesk.domain.PriceHistory;

/**
 * A rating's path: from its publication day to its evaluation end, the name's and its benchmark's return since
 * the rating and the excess, on every day either traded. The returns are the scorer's own ({@link RatingScorer}:
 * last adjusted close on or before the day over the last on or before the rating date), so the last point's
 * excess is the rating's scored excess.
 */
public final class RatingPath {
  private RatingPath() {}

  /** One day: returns since the rating as fractions (0.052 = +5.2%). */
  public record Point(LocalDate date, double stockReturn, double benchmarkReturn, double excess) {}

  /**
   * The path from {@code ratingDate} (0 on that day) to {@code end}; empty when the name or the benchmark has no
   * close on or before the rating date (the scorer cannot score it either).
   */
  public static List<Point> of(PriceHistory stock, PriceHistory benchmark, LocalDate ratingDate, LocalDate end) {
    Objects.requireNonNull(stock, "stock");
    Objects.requireNonNull(benchmark, "benchmark");
    int sBase = stock.indexOnOrBefore(ratingDate);
    int bBase = benchmark.indexOnOrBefore(ratingDate);
    if (sBase < 0 || bBase < 0 || end.isBefore(ratingDate)) {
      return List.of();
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(ratingDate);
    for (PriceHistory h : List.of(stock, benchmark)) {
      for (int i = h.indexOnOrBefore(ratingDate) + 1; i < h.size() && !h.date(i).isAfter(end); i++) {
        days.add(h.date(i));
      }
    }
    List<Point> out = new ArrayList<>(days.size());
    for (LocalDate d : days) {
      double s = RatingScorer.ret(stock, sBase, d);
      double b = RatingScorer.ret(benchmark, bBase, d);
      out.add(new Point(d, s, b, PeriodReturns.excess(s, b)));
    }
    return out;
  }
}
