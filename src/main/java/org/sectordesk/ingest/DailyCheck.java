package org.sectordesk.ingest;

import java.util.Arrays;
import java.util.List;
import org.sectordesk.domain.Bar;

/**
 * Bars must be daily: weekly or monthly closes stored as daily bars would corrupt every period return.
 * The frequency is told from the median spacing of each security's dates; more than 4 days is not daily.
 */
final class DailyCheck {
  private DailyCheck() {}

  /** Records a problem for each security whose bars are not daily; bars must be sorted by code and date. */
  static void check(List<Bar> bars, Problems problems) {
    int start = 0;
    for (int i = 1; i <= bars.size(); i++) {
      if (i == bars.size() || !bars.get(i).code().equals(bars.get(start).code())) {
        checkOne(bars.subList(start, i), problems);
        start = i;
      }
    }
  }

  private static void checkOne(List<Bar> bars, Problems problems) {
    noteJumps(bars, problems);
    if (bars.size() < 3) {
      return;
    }
    long[] gaps = new long[bars.size() - 1];
    for (int i = 1; i < bars.size(); i++) {
      gaps[i - 1] = bars.get(i).date().toEpochDay() - bars.get(i - 1).date().toEpochDay();
    }
    Arrays.sort(gaps);
    String notDaily = BarRules.notDaily(bars.get(0).code(), BarRules.lowerMedian(gaps));
    if (notDaily != null) {
      problems.fileProblem("date", notDaily);
    }
  }

  /** Notes where the adjusted close moves more than threefold from one bar to the next (see {@link Jumps}). */
  private static void noteJumps(List<Bar> bars, Problems problems) {
    Jumps.note(bars.get(0).code(), "adjusted close", bars, Bar::date, Bar::adjClose, BarRules.JUMP_FACTOR,
        Integer.MAX_VALUE, problems);
  }
}
