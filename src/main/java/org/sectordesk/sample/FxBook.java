package org.sectordesk.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.Market;

/**
 * The sample's exchange rates: USD/CNY and HKD/CNY (mainland business days, like the CFETS central
 * parity), USD/HKD (Hong Kong business days). Pinned at a few levels, among them 2024-11-29, the
 * day the November review converts its market caps at.
 */
final class FxBook {
  private final List<FxRate> rates;
  private final Map<String, TreeMap<LocalDate, Double>> byPair;

  private FxBook(List<FxRate> rates, Map<String, TreeMap<LocalDate, Double>> byPair) {
    this.rates = rates;
    this.byPair = byPair;
  }

  static FxBook generate(SplittableRandom rng) {
    List<LocalDate> cn = TradingDays.between(Market.CN, SampleBuilder.FIRST, SampleBuilder.LAST);
    List<LocalDate> hk = TradingDays.between(Market.HK, SampleBuilder.FIRST, SampleBuilder.LAST);
    Map<LocalDate, Double> usdCnyPins = pins(
        "2023-01-03", 6.9475, "2023-06-30", 7.2258, "2023-12-29", 7.0920, "2024-06-28", 7.1268,
        "2024-08-30", 7.1124, "2024-09-06", 7.1046, "2024-11-29", 7.1877, "2025-06-30", 7.1586, "2025-12-31", 7.0288);
    Map<LocalDate, Double> usdHkdPins = pins(
        "2023-01-03", 7.8040, "2023-06-30", 7.8366, "2023-12-29", 7.8093, "2024-06-28", 7.8075,
        "2024-08-30", 7.7968, "2024-11-29", 7.7831, "2025-05-02", 7.7520, "2025-12-31", 7.7845);
    double[] usdCny = PathWriter.pinnedWalk(cn, usdCnyPins, 0.0012, rng);
    double[] usdHkd = PathWriter.pinnedWalk(hk, usdHkdPins, 0.0003, rng);
    Map<String, TreeMap<LocalDate, Double>> byPair = new HashMap<>();
    List<FxRate> out = new ArrayList<>();
    TreeMap<LocalDate, Double> hkdSeries = new TreeMap<>();
    for (int i = 0; i < hk.size(); i++) {
      double r = round(StrictMath.exp(usdHkd[i]), 4);
      hkdSeries.put(hk.get(i), r);
      out.add(new FxRate(hk.get(i), "USD", "HKD", r));
    }
    byPair.put("USD/HKD", hkdSeries);
    TreeMap<LocalDate, Double> usd = new TreeMap<>();
    TreeMap<LocalDate, Double> hkd = new TreeMap<>();
    for (int i = 0; i < cn.size(); i++) {
      LocalDate d = cn.get(i);
      double u = round(StrictMath.exp(usdCny[i]), 4);
      double h = round(u / hkdSeries.floorEntry(d).getValue(), 5);
      usd.put(d, u);
      hkd.put(d, h);
      out.add(new FxRate(d, "USD", "CNY", u));
      out.add(new FxRate(d, "HKD", "CNY", h));
    }
    byPair.put("USD/CNY", usd);
    byPair.put("HKD/CNY", hkd);
    return new FxBook(List.copyOf(out), byPair);
  }

  private static Map<LocalDate, Double> pins(Object... dateValue) {
    Map<LocalDate, Double> m = new HashMap<>();
    for (int i = 0; i < dateValue.length; i += 2) {
      m.put(LocalDate.parse((String) dateValue[i]), (Double) dateValue[i + 1]);
    }
    return m;
  }

  private static double round(double x, int digits) {
    double f = StrictMath.pow(10, digits);
    return Math.round(x * f) / f;
  }

  List<FxRate> rates() {
    return rates;
  }

  /** Units of CNY per unit of {@code currency} on the last business day on or before {@code day}. */
  double toCny(String currency, LocalDate day) {
    if (currency.equals("CNY")) {
      return 1;
    }
    TreeMap<LocalDate, Double> s = byPair.get(currency + "/CNY");
    if (s == null) {
      throw new IllegalStateException("the sample has no " + currency + "/CNY rate");
    }
    return s.floorEntry(day).getValue();
  }
}
