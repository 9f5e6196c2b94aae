package org.sectordesk.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectordesk.domain.Bar;

/**
 * Cross-checks the daily changes a file states (investing.com's {@code 涨跌幅}, rounded to 0.01%) against
 * the changes its closes give. A disagreement usually means a missing or wrong row; it is noted, not
 * rejected, because the closes are what the desk stores.
 */
final class ChangeCheck {
  /** Stated changes are rounded to two decimals of a percent; allow that and a little more. */
  private static final double TOLERANCE = 0.00011;

  private ChangeCheck() {}

  static void check(List<Bar> bars, Map<String, Map<LocalDate, Double>> stated, Problems problems) {
    if (stated.isEmpty()) {
      return;
    }
    List<String> examples = new ArrayList<>();
    int checked = 0;
    int disagreeing = 0;
    String code = null;
    for (int i = 1; i < bars.size(); i++) {
      Bar prev = bars.get(i - 1);
      Bar bar = bars.get(i);
      if (!prev.code().equals(bar.code())) {
        continue;
      }
      Map<LocalDate, Double> byDate = stated.get(bar.code());
      Double change = byDate == null ? null : byDate.get(bar.date());
      if (change == null) {
        continue;
      }
      checked++;
      double actual = bar.close() / prev.close() - 1;
      if (Math.abs(actual - change) > TOLERANCE) {
        disagreeing++;
        code = bar.code();
        if (examples.size() < 4) {
          examples.add(String.format(Locale.ROOT, "%s: closes give %+.2f%%, the file says %+.2f%%", bar.date(),
              actual * 100, change * 100));
        }
      }
    }
    if (disagreeing > 0) {
      problems.note("the change column disagrees with the closes of " + code + " on " + disagreeing + " of "
          + checked + " days (" + String.join("; ", examples) + (disagreeing > examples.size() ? "; ..." : "")
          + "): a row may be missing or wrong");
    } else if (checked > 0) {
      problems.note("the change column agrees with the closes on all " + checked + " days checked");
    }
  }
}
