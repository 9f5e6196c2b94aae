package org.sectordesk.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.ValuationPoint;

/**
 * Daily PE-TTM of HSTECH.HI from its launch (2020-07-27), HSI.HI and 000300.SH. HSTECH's series is
 * calibrated to seed 000's figure 6 text: on 2024-12-02 its PE-TTM prints as 20.59x and sits at the
 * 8.85 % percentile since launch (share of observations from launch to that day, inclusive, at or
 * below that day's value).
 */
final class PeSeries {
  private PeSeries() {}

  static List<ValuationPoint> generate(SplittableRandom rng) {
    SampleResources.Row target = SampleResources.csv("targets/seed000-valuation.csv").get(0);
    List<ValuationPoint> out = new ArrayList<>(hstech(target, rng));
    out.addAll(plain("HSI.HI", Market.HK, rng, "2023-01-03", 9.6, "2023-08-31", 9.1, "2024-01-22", 7.9,
        "2024-10-07", 11.2, "2024-12-02", 9.9, "2025-09-30", 11.4, "2025-12-31", 11.0));
    out.addAll(plain("000300.SH", Market.CN, rng, "2023-01-03", 11.6, "2023-05-31", 11.9, "2024-02-05", 10.4,
        "2024-09-13", 10.9, "2024-10-08", 13.1, "2024-12-02", 12.6, "2025-12-31", 13.4));
    return out;
  }

  private static List<ValuationPoint> plain(String code, Market m, SplittableRandom rng, Object... pins) {
    List<LocalDate> days = TradingDays.between(m, SampleBuilder.FIRST, SampleBuilder.LAST);
    double[] log = PathWriter.pinnedWalk(days, pins(pins), 0.009, rng);
    List<ValuationPoint> out = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      out.add(new ValuationPoint(code, days.get(i), Math.round(StrictMath.exp(log[i]) * 100) / 100.0));
    }
    return out;
  }

  private static Map<LocalDate, Double> pins(Object... dateValue) {
    Map<LocalDate, Double> m = new HashMap<>();
    for (int i = 0; i < dateValue.length; i += 2) {
      m.put(LocalDate.parse((String) dateValue[i]), ((Number) dateValue[i + 1]).doubleValue());
    }
    return m;
  }

  private static List<ValuationPoint> hstech(SampleResources.Row target, SplittableRandom rng) {
    String code = target.text("code");
    LocalDate inception = LocalDate.parse(target.text("inception"));
    LocalDate asOf = LocalDate.parse(target.text("date"));
    double current = target.number("pe_ttm") + 0.0012;
    double pct = target.number("percentile_pct") / 100;
    List<LocalDate> days = TradingDays.between(Market.HK, inception, SampleBuilder.LAST);
    double[] log = PathWriter.pinnedWalk(days, pins(
        "2020-07-27", 36.5, "2021-02-17", 58.0, "2021-07-27", 33.0, "2021-12-31", 27.0, "2022-03-15", 20.3,
        "2022-06-30", 27.5, "2022-10-31", 18.6, "2023-01-27", 30.5, "2023-05-31", 24.0, "2023-10-31", 22.8,
        "2024-01-22", 18.4, "2024-05-20", 23.5, "2024-09-10", 19.9, "2024-10-07", 25.5, asOf.toString(), current,
        "2025-03-18", 26.0, "2025-07-31", 22.5, "2025-12-31", 21.8), 0.013, rng);
    double[] pe = new double[days.size()];
    int at = days.indexOf(asOf);
    for (int i = 0; i < pe.length; i++) {
      pe[i] = StrictMath.exp(log[i]);
    }
    pe[at] = current;
    // the share at or below the current value must print as the published percentile
    int n = at + 1;
    int k = (int) Math.ceil(n * (pct - 0.00005) + 1e-9);
    if (k / (double) n >= pct + 0.00005 - 1e-7 || k / (double) n <= pct - 0.00005 + 1e-7) {
      throw new IllegalStateException("no whole number of the " + n + " observations up to " + asOf
          + " is " + target.number("percentile_pct") + " % of them");
    }
    // scale the history before asOf so that exactly k - 1 earlier observations are at or below it
    double[] hist = Arrays.copyOf(pe, at);
    double[] sorted = hist.clone();
    Arrays.sort(sorted);
    double below = sorted[k - 2];
    double above = sorted[k - 1];
    double threshold = StrictMath.sqrt(below * above);
    double scale = current / threshold;
    List<ValuationPoint> out = new ArrayList<>();
    for (int i = 0; i < pe.length; i++) {
      double v = i < at ? pe[i] * scale : pe[i];
      out.add(new ValuationPoint(code, days.get(i), Math.round(v * 10_000) / 10_000.0));
    }
    return out;
  }
}
