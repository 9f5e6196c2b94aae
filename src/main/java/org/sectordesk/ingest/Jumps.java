package org.sectordesk.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Notes (not problems) where a series moves by more than a factor from one value to the next: rarely real,
 * often a vendor's bad row (a split left unadjusted, another ticker's price, a stray FX quote). The first few
 * are named so the user can look at the source.
 */
final class Jumps {
  private static final int EXAMPLES = 4;

  private Jumps() {}

  /**
   * @param values  one series, in date order
   * @param maxDays compare only values at most this many days apart (a monthly series may move a lot)
   */
  static <T> void note(String key, String what, List<T> values, Function<T, LocalDate> date, ToDoubleFunction<T> value,
      double factor, int maxDays, Problems problems) {
    List<String> examples = new ArrayList<>();
    int count = 0;
    for (int i = 1; i < values.size(); i++) {
      if (date.apply(values.get(i)).toEpochDay() - date.apply(values.get(i - 1)).toEpochDay() > maxDays) {
        continue;
      }
      double before = value.applyAsDouble(values.get(i - 1));
      double after = value.applyAsDouble(values.get(i));
      double ratio = after / before;
      if (ratio > factor || ratio < 1 / factor) {
        count++;
        if (examples.size() < EXAMPLES) {
          examples.add(BarRules.jumpExample(date.apply(values.get(i - 1)), before, date.apply(values.get(i)), after));
        }
      }
    }
    if (count > 0) {
      problems.note(text(key, what, factor, count, examples));
    }
  }

  /** The note's words, shared with the bulk loader. */
  static String text(String key, String what, double factor, int count, List<String> examples) {
    return "check the source: the " + what + " of " + key + " moves " + describe(factor)
        + " from one value to the next " + count + (count == 1 ? " time" : " times") + " ("
        + String.join("; ", examples) + (count > examples.size() ? "; ..." : "") + ")";
  }

  /** How many examples a note names. */
  static int examples() {
    return EXAMPLES;
  }

  private static String describe(double factor) {
    if (factor >= 2) {
      return "more than " + (int) factor + "-fold";
    }
    return "by more than " + Math.round((factor - 1) * 100) + "%";
  }
}
