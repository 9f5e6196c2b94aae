package org.sectordesk.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityKind;

/**
 * The calibration behind {@link SampleMarket#generate()}: plans every security's anchors so that the
 * published figures come out of the generated data, then draws the paths.
 *
 * <p>All returns are fractions; a printed figure p with d decimals (HALF_UP, as the reports round)
 * is hit by aiming strictly inside its rounding interval, {@link #MARGIN} away from both ends.
 */
final class SampleBuilder {
  static final long SEED = 20241202L;
  /** Distance kept from every rounding boundary, as a fraction (0.0005 pct). */
  static final double MARGIN = 5e-6;

  static final LocalDate FIRST = LocalDate.of(2023, 1, 2);
  static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  static final LocalDate YEAR_END_2023 = LocalDate.of(2023, 12, 29);
  static final LocalDate NOV_BASE = LocalDate.of(2024, 10, 31);
  static final LocalDate NOV_END = LocalDate.of(2024, 11, 29);
  static final LocalDate FORECAST_DAY = LocalDate.of(2024, 12, 2);
  static final LocalDate WEEK_START = LocalDate.of(2024, 9, 2);
  static final LocalDate WEEK_END = LocalDate.of(2024, 9, 6);

  private final Map<String, PricePlan> plans = new LinkedHashMap<>();
  private final Map<String, Double> priceHints = new HashMap<>();
  private final Map<String, Double> capHints = new HashMap<>();
  private final Map<String, SampleResources.Row> figure3 = new LinkedHashMap<>();
  private final Map<String, Double> benchmarkNov = new HashMap<>();
  private FxBook fx;

  SampleBuilder() {
    for (Security s : SampleResources.securities().values()) {
      plans.put(s.code(), new PricePlan(s, FIRST, LAST));
    }
    for (SampleResources.Row r : SampleResources.csv("events.csv")) {
      PricePlan p = plan(r.text("code"));
      LocalDate from = LocalDate.parse(r.text("from"));
      switch (r.text("event")) {
        case "listed": p.first = from; break;
        case "delisted": p.last = TradingDays.before(p.market(), from); break;
        case "suspended":
          for (LocalDate d = from; !d.isAfter(LocalDate.parse(r.text("to"))); d = d.plusDays(1)) {
            p.suspended.add(d);
          }
          break;
        default: throw new IllegalStateException("events.csv:" + r.line() + " unknown event " + r.text("event"));
      }
    }
    for (SampleResources.Row r : SampleResources.csv("hints.csv")) {
      priceHints.put(r.text("code"), r.number("price"));
      if (r.has("mcap_yi")) {
        capHints.put(r.text("code"), r.number("mcap_yi"));
      }
    }
  }

  private PricePlan plan(String code) {
    PricePlan p = plans.get(code);
    if (p == null) {
      throw new IllegalStateException("the sample calibrates " + code + ", which the sample desk.yaml does not list");
    }
    return p;
  }

  SampleData build() {
    fx = FxBook.generate(new SplittableRandom(SEED));
    for (SampleResources.Row r : SampleResources.csv("targets/seed000-figure3.csv")) {
      figure3.put(r.text("code"), r);
      figure3Hints(r);
    }
    indices();
    shenwan();
    week();
    for (SampleResources.Row r : SampleResources.csv("dividends.csv")) {
      PricePlan p = plan(r.text("code"));
      LocalDate ex = LocalDate.parse(r.text("ex_date"));
      LocalDate before = TradingDays.before(p.market(), ex);
      p.addDividend(ex, r.number("amount"), p.tick(p.levelAt(before)));
    }
    figure3();
    forecast();
    List<Bar> bars = new ArrayList<>();
    List<Capitalisation> caps = new ArrayList<>();
    for (PricePlan p : plans.values()) {
      SplittableRandom rng = rng(p.code(), 1);
      if (p.anchors.isEmpty()) {
        LocalDate d = TradingDays.onOrAfter(p.market(), LocalDate.of(2024, 6, 3));
        p.anchor(d, p.tick(priceHint(p)));
      }
      List<Bar> own = PathWriter.bars(p, rng);
      bars.addAll(own);
      if (p.kind() == SecurityKind.STOCK) {
        caps.addAll(shares(p, own));
      }
    }
    return new SampleData(bars, fx.rates(), caps, PeSeries.generate(rng("PE", 2)));
  }

  static SplittableRandom rng(String code, int stream) {
    long h = 1125899906842597L;
    for (char c : code.toCharArray()) {
      h = 31 * h + c;
    }
    return new SplittableRandom(SEED * 7919 + h * 131 + stream);
  }

  // ---------------------------------------------------------------- indices

  private void indices() {
    Map<String, Double> hstechBase = new HashMap<>();
    for (SampleResources.Row r : SampleResources.csv("targets/seed003-indices.csv")) {
      PricePlan p = plan(r.text("code"));
      LocalDate start = LocalDate.parse(r.text("start"));
      LocalDate end = LocalDate.parse(r.text("end"));
      LocalDate d0 = TradingDays.before(p.market(), start);
      LocalDate d1 = onOrBefore(p, end);
      int digits = (int) r.number("digits");
      double[] iv = interval(r.number("return_pct"), digits);
      if (p.code().equals("HSTECH.HI") && start.equals(LocalDate.of(2024, 11, 1))) {
        double b = chooseHkBenchmark(iv);
        iv = new double[] {b - 2e-6, b + 2e-6};
      }
      double[] pair;
      if (r.has("level_start")) {
        pair = new double[] {r.number("level_start"), r.number("level_end")};
        double ret = pair[1] / pair[0] - 1;
        if (ret <= iv[0] || ret >= iv[1]) {
          throw new IllegalStateException("seed003-indices.csv:" + r.line() + " levels give " + ret + ", outside " + iv[0] + ".." + iv[1]);
        }
      } else {
        pair = findPair(p, r.number("approx_level") * (1 + 0.01 * rng(p.code(), 3).nextGaussian()), iv[0], iv[1]);
      }
      p.anchor(d0, pair[0]);
      p.anchor(d1, pair[1]);
      if (p.code().equals("HSTECH.HI") && start.getMonthValue() == 11) {
        hstechBase.put("b", pair[1] / pair[0] - 1);
      }
      if (p.code().equals("IXIC.GI") && start.getMonthValue() == 11) {
        benchmarkNov.put("US", pair[1] / pair[0] - 1);
      }
    }
    benchmarkNov.put("HK", hstechBase.get("b"));
  }

  private void shenwan() {
    Map<String, Double> published = new HashMap<>();
    for (SampleResources.Row r : SampleResources.csv("targets/seed003-indices.csv")) {
      if (r.text("code").endsWith(".SI")) {
        published.put(r.text("code"), r.number("return_pct"));
      }
    }
    List<SampleResources.Row> rows = SampleResources.csv("targets/seed003-sw-week.csv");
    // published ranks: 传媒 3rd (-0.72 %), 计算机 15th (-2.18 %); the rest spread around them
    for (SampleResources.Row r : rows) {
      PricePlan p = plan(r.text("code"));
      int rank = (int) r.number("rank");
      if (published.containsKey(p.code())) {
        continue;
      }
      double pct;
      if (rank == 1) {
        pct = 0.93;
      } else if (rank == 2) {
        pct = -0.35;
      } else if (rank < 15) {
        pct = -0.85 - (rank - 4) * (2.02 - 0.85) / 10.0;
      } else {
        pct = -2.33 - (rank - 16) * (5.6 - 2.33) / 15.0;
      }
      LocalDate d0 = TradingDays.before(p.market(), WEEK_START);
      double level = 1500 + 6000 * rng(p.code(), 4).nextDouble();
      double[] pair = findPair(p, level, pct / 100 - 4e-5, pct / 100 + 4e-5);
      p.anchor(d0, pair[0]);
      p.anchor(WEEK_END, pair[1]);
    }
  }

  /**
   * HSTECH's November return: every HK name's month % and its pct vs HSTECH must both round to the
   * printed digits with tick-sized closes. Scans the printed interval (-3.25 %, -3.15 %) for the value
   * that the most names can meet with plain ticks, in the middle of the widest such stretch.
   */
  private double chooseHkBenchmark(double[] iv) {
    List<List<Double>> feasible = new ArrayList<>();
    List<double[]> vsIntervals = new ArrayList<>();
    for (SampleResources.Row r : figure3.values()) {
      PricePlan p = plan(r.text("code"));
      if (p.market() != Market.HK) {
        continue;
      }
      double[] month = interval(r.number("month_pct"), 1);
      List<Double> rs = new ArrayList<>();
      for (double c : closeCandidates(p, r.number("close"))) {
        double b = Ticks.ceil(p.market(), p.kind(), c / (1 + month[1]));
        for (; b <= c / (1 + month[0]); b = Ticks.up(p.market(), p.kind(), b)) {
          double ret = c / b - 1;
          if (ret > month[0] && ret < month[1]) {
            rs.add(ret);
          }
        }
      }
      feasible.add(rs);
      vsIntervals.add(interval(r.number("vs_benchmark_pct"), 1));
    }
    double bestB = (iv[0] + iv[1]) / 2;
    int bestCount = -1;
    int bestRun = 0;
    int run = 0;
    double runStart = iv[0];
    for (double b = iv[0] + 1e-5; b < iv[1] - 1e-5; b += 2e-6) {
      int count = 0;
      for (int i = 0; i < feasible.size(); i++) {
        double[] vs = vsIntervals.get(i);
        for (double ret : feasible.get(i)) {
          double x = ret - b;
          if (x > vs[0] + 2e-5 && x < vs[1] - 2e-5) {
            count++;
            break;
          }
        }
      }
      if (count > bestCount) {
        bestCount = count;
        run = 0;
        bestRun = 0;
      }
      if (count == bestCount) {
        if (run == 0) {
          runStart = b;
        }
        run++;
        if (run > bestRun) {
          bestRun = run;
          bestB = (runStart + b) / 2;
        }
      } else {
        run = 0;
      }
    }
    return bestB;
  }

  // ---------------------------------------------------------------- week of 2024-09-02

  private void week() {
    List<SampleResources.Row> rows = SampleResources.csv("targets/seed003-week-2024-09-02.csv");
    Map<String, List<SampleResources.Row>> ties = new LinkedHashMap<>();
    for (SampleResources.Row r : rows) {
      if (plan(r.text("code")).last.isBefore(WEEK_START)) {
        continue; // delisted: its week is 0 by the period-return rule, nothing to calibrate
      }
      ties.computeIfAbsent(r.text("list") + "|" + r.text("side") + "|" + r.text("week_pct"), k -> new ArrayList<>()).add(r);
    }
    Map<String, double[]> target = new HashMap<>();
    Map<String, double[]> band = new HashMap<>();
    for (List<SampleResources.Row> group : ties.values()) {
      int k = group.size();
      for (int j = 0; j < k; j++) {
        SampleResources.Row r = group.get(j);
        double[] iv = interval(r.number("week_pct"), 1);
        double w = (iv[1] - iv[0]) / k;
        double[] sub = r.text("side").equals("gain")
            ? new double[] {iv[1] - (j + 1) * w, iv[1] - j * w}
            : new double[] {iv[0] + j * w, iv[0] + (j + 1) * w};
        if (r.has("text_pct")) {
          double[] t = interval(r.number("text_pct"), 2);
          sub = new double[] {Math.max(sub[0], t[0]), Math.min(sub[1], t[1])};
        }
        target.put(r.text("code"), sub);
        int rank = (int) r.number("rank");
        if (rank == 10) {
          double[] b = band.computeIfAbsent(r.text("list"), x -> new double[] {-1, 1});
          if (r.text("side").equals("gain")) {
            b[1] = iv[0];
          } else {
            b[0] = iv[1];
          }
        }
      }
    }
    LocalDate[] capDate = new LocalDate[1];
    for (SampleResources.Row r : rows) {
      PricePlan p = plan(r.text("code"));
      double[] iv = target.get(p.code());
      if (iv == null) {
        // delisted before the week: its market cap comes from its last close
        p.anchor(p.last, p.tick(priceHint(p)));
        p.shares.put(p.last, Math.round(r.number("mcap_yi") * 1e8 / p.anchors.get(p.last)));
        continue;
      }
      double[] pair = weekPair(p, iv);
      capDate[0] = onOrBefore(p, WEEK_END);
      p.shares.put(capDate[0], Math.round(r.number("mcap_yi") * 1e8 / pair[1]));
    }
    for (Map.Entry<String, List<String>> list : SampleResources.watchLists().entrySet()) {
      double[] b = band.get(list.getKey());
      for (String code : list.getValue()) {
        PricePlan p = plan(code);
        if (target.containsKey(code) || p.last.isBefore(WEEK_START)) {
          continue;
        }
        if (!p.isTradingDay(WEEK_END) && !p.isTradingDay(TradingDays.before(p.market(), WEEK_START))) {
          continue; // suspended over the week: its return is 0, which lies inside every band
        }
        double lo = b[0] + 2e-4;
        double hi = b[1] - 2e-4;
        double x = lo + (hi - lo) * (0.1 + 0.8 * rng(code, 5).nextDouble());
        weekPair(p, new double[] {x - 5e-5, x + 5e-5});
      }
    }
  }

  private double[] weekPair(PricePlan p, double[] iv) {
    LocalDate d0 = TradingDays.before(p.market(), WEEK_START);
    LocalDate d1 = onOrBefore(p, WEEK_END);
    double hint = weekLevelHint(p, iv);
    double[] pair;
    if (iv[0] + MARGIN < 0 && iv[1] - MARGIN > 0) {
      double c = p.tick(hint);
      pair = new double[] {c, c};
    } else {
      pair = findPair(p, hint, iv[0], iv[1]);
    }
    p.anchor(d0, pair[0]);
    p.anchor(d1, pair[1]);
    return pair;
  }

  /** The price around 2024-08-30: from the November closes for covered names, else a hint. */
  private double weekLevelHint(PricePlan p, double[] iv) {
    SampleResources.Row f3 = figure3.get(p.code());
    double mid = (iv[0] + iv[1]) / 2;
    if (f3 != null) {
      for (SampleResources.Row r : SampleResources.csv("targets/seed003-week-2024-09-02.csv")) {
        if (r.text("code").equals(p.code())) {
          double shares = f3.number("mcap_cny_yi") * 1e8 / (f3.number("close") * fx.toCny(p.security.currency(), NOV_END));
          return r.number("mcap_yi") * 1e8 / shares / (1 + mid);
        }
      }
      return p.levelAt(TradingDays.before(p.market(), WEEK_START)) * (0.9 + 0.15 * rng(p.code(), 6).nextDouble());
    }
    return priceHint(p);
  }

  private double priceHint(PricePlan p) {
    Double h = priceHints.get(p.code());
    if (h != null) {
      return h;
    }
    SplittableRandom r = rng(p.code(), 7);
    switch (p.market()) {
      case HK: return Math.exp(Math.log(6) + 1.0 * r.nextGaussian());
      case US: return Math.exp(Math.log(40) + 0.8 * r.nextGaussian());
      default: return p.kind() == SecurityKind.INDEX ? 1000 + 4000 * r.nextDouble() : Math.exp(Math.log(16) + 0.6 * r.nextGaussian());
    }
  }

  // ---------------------------------------------------------------- November 2024 (figure 3)

  private void figure3Hints(SampleResources.Row r) {
    PricePlan p = plan(r.text("code"));
    double c = r.number("close");
    p.hints.put(NOV_END, c);
    p.hints.put(NOV_BASE, c / (1 + r.number("month_pct") / 100));
    p.hints.put(YEAR_END_2023, c / (1 + r.number("ytd_pct") / 100));
  }

  private void figure3() {
    for (SampleResources.Row r : figure3.values()) {
      PricePlan p = plan(r.text("code"));
      Market m = p.market();
      double b = benchmarkNov.get(m.name());
      double[] month = interval(r.number("month_pct"), 1);
      double[] vs = interval(r.number("vs_benchmark_pct"), 1);
      double[] jm = {Math.max(month[0], vs[0] + b), Math.min(month[1], vs[1] + b)};
      double[] jy = interval(r.number("ytd_pct"), 2);
      if (jm[1] - jm[0] < 4 * MARGIN) {
        throw new IllegalStateException(p.code() + ": month % and pct vs benchmark cannot both be met (benchmark " + b + ")");
      }
      LocalDate a = YEAR_END_2023;
      LocalDate bd = NOV_BASE;
      LocalDate cd = NOV_END;
      boolean done = false;
      for (double c : closeCandidates(p, r.number("close"))) {
        Double base = findBase(p, c / p.factorBetween(bd, cd), jm);
        Double ytdBase = base == null ? null : findBase(p, c / p.factorBetween(a, cd), jy);
        if (base != null && ytdBase != null) {
          p.anchor(cd, c);
          p.anchor(bd, base);
          p.anchor(a, ytdBase);
          done = true;
          break;
        }
      }
      if (!done) {
        double c = closeCandidates(p, r.number("close")).get(0);
        p.anchor(cd, c);
        Double base = findBase(p, c / p.factorBetween(bd, cd), jm);
        if (base == null) {
          base = dividendKnob(p, LocalDate.of(2024, 11, 14), c, bd, cd, jm);
        }
        p.anchor(bd, base);
        Double ytdBase = findBase(p, c / p.factorBetween(a, cd), jy);
        if (ytdBase == null) {
          ytdBase = dividendKnob(p, LocalDate.of(2024, 6, 12), c, a, cd, jy);
        }
        p.anchor(a, ytdBase);
      }
      long shares = Math.round(r.number("mcap_cny_yi") * 1e8 / (p.anchors.get(cd) * fx.toCny(p.security.currency(), cd)));
      p.shares.put(cd, shares);
    }
  }

  /**
   * When no tick-sized base close gives a return inside {@code j}, the name pays a cash dividend going
   * ex on (or after) {@code ex}: the adjusted base close then moves by the dividend's factor, which
   * can be set finely. Picks the base close near a 1 % dividend, then the close before the ex-date and
   * the amount (in 0.001 of the currency). Returns the base close; the dividend is added to the plan.
   */
  private double dividendKnob(PricePlan p, LocalDate ex, double end, LocalDate baseDay, LocalDate endDay, double[] j) {
    LocalDate exDay = TradingDays.onOrAfter(p.market(), ex);
    double fixed = p.factorBetween(baseDay, endDay);
    double mid = (j[0] + j[1]) / 2;
    double guess = end / ((1 + mid) * fixed * 0.99);
    double baseUp = p.tick(guess);
    double baseDown = baseUp;
    for (int step = 0; step < 200; step++) {
      double base = step % 2 == 0 ? baseUp : baseDown;
      double fLo = end / (base * fixed * (1 + j[1] - MARGIN));
      double fHi = end / (base * fixed * (1 + j[0] + MARGIN));
      double pHint = Math.sqrt(base * end);
      double pUp = p.tick(pHint);
      double pDown = pUp;
      for (int k = 0; k < 400; k++) {
        double price = k % 2 == 0 ? pUp : pDown;
        double dLo = (1 - fHi) * price;
        double dHi = (1 - fLo) * price;
        double amount = Math.ceil(dLo * 1000 - 1e-9) / 1000;
        if (amount > 0 && amount <= dHi) {
          double f = 1 - amount / price;
          if (f > fLo && f < fHi) {
            p.addDividend(exDay, amount, price);
            if (Boolean.getBoolean("sample.debug")) System.err.println("KNOB " + p.code() + " " + exDay + " " + amount + " on " + price + " base " + base);
            return base;
          }
        }
        if (k % 2 == 0) {
          pUp = Ticks.up(p.market(), p.kind(), pUp);
        } else {
          pDown = Ticks.down(p.market(), p.kind(), pDown);
        }
      }
      if (step % 2 == 0) {
        baseUp = Ticks.up(p.market(), p.kind(), baseUp);
      } else {
        baseDown = Ticks.down(p.market(), p.kind(), baseDown);
      }
    }
    throw new IllegalStateException("no dividend reaches the published return of " + p.code() + " between " + baseDay + " and " + endDay);
  }

  private void forecast() {
    for (SampleResources.Row r : SampleResources.csv("targets/seed000-forecast.csv")) {
      PricePlan p = plan(r.text("code"));
      LocalDate d = LocalDate.parse(r.text("date"));
      double close = r.number("close");
      p.anchor(d, close);
      p.shares.put(d, Math.round(r.number("mcap_million") * 1e6 / close));
    }
  }

  // ---------------------------------------------------------------- shares

  private List<Capitalisation> shares(PricePlan p, List<Bar> bars) {
    List<Capitalisation> out = new ArrayList<>();
    if (bars.isEmpty()) {
      return out;
    }
    TreeMap<LocalDate, Long> s = new TreeMap<>(p.shares);
    LocalDate firstBar = bars.get(0).date();
    if (!s.containsKey(firstBar)) {
      long later;
      if (s.isEmpty()) {
        Double cap = capHints.get(p.code());
        double yi = cap != null ? cap : Math.exp(Math.log(p.market() == Market.US ? 60 : 90) + 0.9 * rng(p.code(), 8).nextGaussian());
        double mid = bars.get(bars.size() / 2).close();
        later = Math.round(yi * 1e8 / mid);
      } else {
        later = s.firstEntry().getValue();
      }
      s.put(firstBar, Math.round(later * (1.003 + 0.015 * rng(p.code(), 9).nextDouble())));
    }
    s.forEach((d, n) -> out.add(Capitalisation.shares(p.code(), d, n)));
    return out;
  }

  // ---------------------------------------------------------------- solving on ticks

  /** The printed figure's rounding interval as fractions, narrowed by {@link #MARGIN} at both ends. */
  static double[] interval(double printedPct, int digits) {
    double h = 0.5 * Math.pow(10, -digits);
    return new double[] {(printedPct - h) / 100 + MARGIN, (printedPct + h) / 100 - MARGIN};
  }

  private LocalDate onOrBefore(PricePlan p, LocalDate d) {
    LocalDate x = d;
    while (!TradingDays.isTradingDay(p.market(), x)) {
      x = x.minusDays(1);
    }
    return x;
  }

  /** Valid closes that print as {@code printed} to one decimal, nearest to it first. */
  private static List<Double> closeCandidates(PricePlan p, double printed) {
    List<Double> out = new ArrayList<>();
    double lo = printed - 0.05 + 1e-6;
    double hi = printed + 0.05 - 1e-6;
    for (double c = Ticks.ceil(p.market(), p.kind(), lo); c <= hi; c = Ticks.up(p.market(), p.kind(), c)) {
      out.add(c);
    }
    out.sort((x, y) -> Double.compare(Math.abs(x - printed), Math.abs(y - printed)));
    return out;
  }

  /** A valid base close B with end / B − 1 inside {@code j}, nearest the middle; null when none. */
  private static Double findBase(PricePlan p, double end, double[] j) {
    double lo = end / (1 + j[1]);
    double hi = end / (1 + j[0]);
    double mid = end / (1 + (j[0] + j[1]) / 2);
    Double best = null;
    for (double b = Ticks.ceil(p.market(), p.kind(), lo); b <= hi; b = Ticks.up(p.market(), p.kind(), b)) {
      double ret = end / b - 1;
      if (ret > j[0] && ret < j[1] && (best == null || Math.abs(b - mid) < Math.abs(best - mid))) {
        best = b;
      }
    }
    return best;
  }

  /** Two valid closes near {@code level} whose ratio − 1 lies inside (lo, hi). */
  private static double[] findPair(PricePlan p, double level, double lo, double hi) {
    double mid = (lo + hi) / 2;
    double up = p.tick(level);
    double down = up;
    for (int k = 0; k < 20_000; k++) {
      double start = k % 2 == 0 ? up : down;
      double end = p.tick(start * (1 + mid));
      for (int n = -2; n <= 2; n++) {
        double e = end;
        for (int s = 0; s < Math.abs(n); s++) {
          e = n > 0 ? Ticks.up(p.market(), p.kind(), e) : Ticks.down(p.market(), p.kind(), e);
        }
        double ret = e / start - 1;
        if (ret > lo && ret < hi) {
          return new double[] {start, e};
        }
      }
      if (k % 2 == 0) {
        up = Ticks.up(p.market(), p.kind(), up);
      } else {
        down = Ticks.down(p.market(), p.kind(), down);
      }
    }
    throw new IllegalStateException("no tick-sized closes of " + p.code() + " near " + level + " give a return in " + lo + ".." + hi);
  }
}
