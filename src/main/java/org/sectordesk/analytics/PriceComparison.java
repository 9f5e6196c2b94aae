package org.sectordesk.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.sectordesk.domain.PriceHistory;

/**
 * A security's closes beside its benchmark's over a window, each rebased to 0 on the window's first day (the
 * security page's price chart). Changes are on adjusted closes, as every return of the desk. A day on which one
 * of the two has no bar carries no value for it (NaN): a stale or suspended series shows as a gap, never as a
 * repeated close.
 */
public final class PriceComparison {
  private PriceComparison() {}

  /**
   * One day of the window: the closes as traded and the changes since the first day as fractions (0.052 =
   * +5.2%); NaN where that series has no bar on the day.
   */
  public record Point(LocalDate date, double close, double benchmarkClose, double change, double benchmarkChange) {}

  /**
   * The days of {@code from}..{@code to} on which either series has a bar. Each series is rebased on its last
   * adjusted close on or before the first such day, or, when it has none (listed later), its first close in
   * the window. {@code benchmark} may be empty.
   */
  public static List<Point> of(PriceHistory security, PriceHistory benchmark, LocalDate from, LocalDate to) {
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(benchmark, "benchmark");
    TreeSet<LocalDate> days = new TreeSet<>();
    addDays(days, security, from, to);
    addDays(days, benchmark, from, to);
    if (days.isEmpty()) {
      return List.of();
    }
    double sBase = base(security, days.first(), to);
    double bBase = base(benchmark, days.first(), to);
    List<Point> out = new ArrayList<>(days.size());
    for (LocalDate d : days) {
      int si = exact(security, d);
      int bi = exact(benchmark, d);
      out.add(new Point(d, si < 0 ? Double.NaN : security.close(si), bi < 0 ? Double.NaN : benchmark.close(bi),
          si < 0 ? Double.NaN : security.adjClose(si) / sBase - 1, bi < 0 ? Double.NaN : benchmark.adjClose(bi) / bBase - 1));
    }
    return out;
  }

  private static void addDays(TreeSet<LocalDate> days, PriceHistory h, LocalDate from, LocalDate to) {
    for (int i = Math.max(0, h.indexBefore(from) + 1); i < h.size() && !h.date(i).isAfter(to); i++) {
      days.add(h.date(i));
    }
  }

  private static double base(PriceHistory h, LocalDate first, LocalDate to) {
    int i = h.indexOnOrBefore(first);
    if (i < 0 && !h.isEmpty() && !h.date(0).isAfter(to)) {
      i = 0;
    }
    return i < 0 || !(h.adjClose(i) > 0) ? Double.NaN : h.adjClose(i);
  }

  private static int exact(PriceHistory h, LocalDate d) {
    int i = h.indexOnOrBefore(d);
    return i >= 0 && h.date(i).equals(d) ? i : -1;
  }
}
