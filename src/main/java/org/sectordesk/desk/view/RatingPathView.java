package org.sectordesk.desk.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.sectordesk.desk.RatingBookView;
import org.sectordesk.desk.json.Percent;
import org.sectordesk.ratings.RatingPath;

/**
 * One rating's path against its benchmark, from its publication day to its evaluation end (the rating book's
 * chart): the rating as {@code ratings score} prints it, then each day's returns since the rating, in percent.
 * The last point's {@code excess_pct} is the rating's {@code excess_pct}.
 */
public record RatingPathView(RatingBookView.Rated rating, List<Point> points) {
  public RatingPathView {
    points = List.copyOf(points);
  }

  public record Point(LocalDate date, @Percent @JsonProperty("return_pct") double stockReturn,
      @Percent @JsonProperty("benchmark_return_pct") double benchmarkReturn, @Percent @JsonProperty("excess_pct") double excess) {}

  public static RatingPathView of(RatingBookView.Rated rating, List<RatingPath.Point> points) {
    return new RatingPathView(rating,
        points.stream().map(p -> new Point(p.date(), p.stockReturn(), p.benchmarkReturn(), p.excess())).toList());
  }
}
