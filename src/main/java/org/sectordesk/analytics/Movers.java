package org.sectordesk.analytics;

import java.util.Comparator;
import java.util.List;

/** Top and bottom names of a period by return. Names without a return are left out. */
public final class Movers {
  private static final Comparator<PeriodReturn> BY_RETURN =
      Comparator.comparingDouble(PeriodReturn::value).thenComparing(PeriodReturn::code);

  private Movers() {}

  /** The {@code n} best returns, best first. */
  public static List<PeriodReturn> top(List<PeriodReturn> returns, int n) {
    return returns.stream().filter(PeriodReturn::hasValue)
        .sorted(Comparator.comparingDouble(PeriodReturn::value).reversed().thenComparing(PeriodReturn::code))
        .limit(n).toList();
  }

  /** The {@code n} worst returns, worst first. */
  public static List<PeriodReturn> bottom(List<PeriodReturn> returns, int n) {
    return returns.stream().filter(PeriodReturn::hasValue).sorted(BY_RETURN).limit(n).toList();
  }

  /** Every name whose return is below zero, worst first (the monthly report's decliners chart). */
  public static List<PeriodReturn> decliners(List<PeriodReturn> returns) {
    return returns.stream().filter(r -> r.hasValue() && r.value() < 0).sorted(BY_RETURN).toList();
  }

  /** Rank (1 = best) of {@code code} among the returns, or -1 when it has none. */
  public static int rank(List<PeriodReturn> returns, String code) {
    List<PeriodReturn> sorted = top(returns, Integer.MAX_VALUE);
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).code().equals(code)) {
        return i + 1;
      }
    }
    return -1;
  }
}
