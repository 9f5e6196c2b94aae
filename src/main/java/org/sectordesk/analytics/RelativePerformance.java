package org.sectordesk.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sectordesk.domain.PriceHistory;

/**
 * An index's path rebased to 0 at a start day ("市场走势" on a report's cover): each close on or before the end,
 * from the start day on, over the base close (the last close on or before the start day), minus 1.
 */
public final class RelativePerformance {
  private RelativePerformance() {}

  /** One point of a rebased path: the day and the change since the base, as a fraction (0.052 = +5.2%). */
  public record Point(LocalDate date, double change) {}

  /**
   * The path of {@code h} from {@code start} to {@code end} rebased to 0 at {@code start}; empty when there is
   * no close on or before {@code start} (the path cannot be rebased and is shown as missing).
   */
  public static List<Point> rebased(PriceHistory h, LocalDate start, LocalDate end) {
    Objects.requireNonNull(h, "h");
    int base = h.indexOnOrBefore(start);
    if (base < 0 || !(h.close(base) > 0)) {
      return List.of();
    }
    double b = h.close(base);
    List<Point> out = new ArrayList<>();
    out.add(new Point(start, 0.0));
    for (int i = base + 1; i < h.size() && !h.date(i).isAfter(end); i++) {
      out.add(new Point(h.date(i), h.close(i) / b - 1));
    }
    return out;
  }
}
