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
  static final double MARGIN = TickSolver.MARGIN;

  static final LocalDate FIRST = LocalDate.of(2023, 1, 2);
  /** Bars start a month before FX and PE so that the 2022-12-30 close, seed 000's YTD base, exists. */
  static final LocalDate PRICES_FIRST = LocalDate.of(2022, 12, 1);
  static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  /** Seed 000's "年初至今" column runs from this close (the sample desk.yaml's conventions.ytd_base). */
  static final LocalDate YTD_BASE = LocalDate.of(2022, 12, 30);
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
      plans.put(s.code(), new PricePlan(s, PRICES_FIRST, LAST));
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
    forecast();
    figure3();
    for (SampleResources.Row r : SampleResources.csv("levels.csv")) {
      PricePlan p = plan(r.text("code"));
      LocalDate d = LocalDate.parse(r.text("date"));
      if (!p.anchors.containsKey(d)) {
        p.anchor(d, p.tick(r.number("level")));
      }
    }
    for (PricePlan p : plans.values()) {
      if (p.anchors.isEmpty()) {
        LocalDate d = TradingDays.onOrAfter(p.market(), LocalDate.of(2024, 6, 3));
        p.anchor(d, p.tick(priceHint(p)));
      }
      // a loose pin at the end of the sample keeps 2025 within a plausible range
      LocalDate end = onOrBefore(p, p.last);
      if (p.last.equals(LAST) && p.anchors.lastKey().isBefore(end)) {
        SplittableRandom r = rng(p.code(), 10);
        double drift = p.kind() == SecurityKind.INDEX ? 0.08 + 0.10 * r.nextGaussian() : 0.05 + 0.20 * r.nextGaussian();
        p.anchor(end, p.tick(p.anchors.lastEntry().getValue() * StrictMath.exp(drift)));
      }
    }
    List<Bar> bars = new ArrayList<>();
    List<Capitalisation> caps = new ArrayList<>();
    for (PricePlan p : plans.values()) {
      SplittableRandom rng = rng(p.code(), 1);
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
    for (SampleResources.Row r : SampleResources.csv("targets/seed003-indices.csv")) {
      PricePlan p = plan(r.text("code"));
      LocalDate start = LocalDate.parse(r.text("start"));
      LocalDate end = LocalDate.parse(r.text("end"));
      LocalDate d0 = TradingDays.before(p.market(), start);
      LocalDate d1 = onOrBefore(p, end);
      int digits = (int) r.number("digits");
      double[] iv = TickSolver.interval(r.number("return_pct"), digits);
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
        pair = TickSolver.findPair(p, r.number("approx_level") * (1 + 0.01 * rng(p.code(), 3).nextGaussian()), iv[0], iv[1]);
      }
      p.anchor(d0, pair[0]);
      p.anchor(d1, pair[1]);
      // November's benchmark returns, exactly as the data will give them
      if (start.equals(LocalDate.of(2024, 11, 1)) && (p.code().equals("HSTECH.HI") || p.code().equals("IXIC.GI"))) {
        benchmarkNov.put(p.market().name(), pair[1] / pair[0] - 1);
      }
    }
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
      double[] pair = TickSolver.findPair(p, level, pct / 100 - 4e-5, pct / 100 + 4e-5);
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
      double[] month = TickSolver.interval(r.number("month_pct"), 1);
      List<Double> rs = new ArrayList<>();
      for (double c : TickSolver.closeCandidates(p, r.number("close"))) {
        double b = Ticks.ceil(p.market(), p.kind(), c / (1 + month[1]));
        for (; b <= c / (1 + month[0]); b = Ticks.up(p.market(), p.kind(), b)) {
          double ret = c / b - 1;
          if (ret > month[0] && ret < month[1]) {
            rs.add(ret);
          }
        }
      }
      feasible.add(rs);
      vsIntervals.add(TickSolver.interval(r.number("vs_benchmark_pct"), 1));
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
        double[] iv = TickSolver.interval(r.number("week_pct"), 1);
        double w = (iv[1] - iv[0]) / k;
        double[] sub = r.text("side").equals("gain")
            ? new double[] {iv[1] - (j + 1) * w, iv[1] - j * w}
            : new double[] {iv[0] + j * w, iv[0] + (j + 1) * w};
        if (r.has("text_pct")) {
          double[] t = TickSolver.interval(r.number("text_pct"), 2);
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
      p.shares.put(onOrBefore(p, WEEK_END), Math.round(r.number("mcap_yi") * 1e8 / pair[1]));
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
      pair = TickSolver.findPair(p, hint, iv[0], iv[1]);
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
      case HK: return StrictMath.exp(StrictMath.log(6) + 1.0 * r.nextGaussian());
      case US: return StrictMath.exp(StrictMath.log(40) + 0.8 * r.nextGaussian());
      default: return p.kind() == SecurityKind.INDEX ? 1000 + 4000 * r.nextDouble() : StrictMath.exp(StrictMath.log(16) + 0.6 * r.nextGaussian());
    }
  }

  // ---------------------------------------------------------------- November 2024 (figure 3)

  private void figure3Hints(SampleResources.Row r) {
    PricePlan p = plan(r.text("code"));
    double c = r.number("close");
    p.hints.put(NOV_END, c);
    p.hints.put(NOV_BASE, c / (1 + r.number("month_pct") / 100));
    p.hints.put(YTD_BASE, c / (1 + r.number("ytd_pct") / 100));
  }

  private void figure3() {
    for (SampleResources.Row r : figure3.values()) {
      PricePlan p = plan(r.text("code"));
      Market m = p.market();
      double b = benchmarkNov.get(m.name());
      double[] month = TickSolver.interval(r.number("month_pct"), 1);
      double[] vs = TickSolver.interval(r.number("vs_benchmark_pct"), 1);
      double[] jm = {Math.max(month[0], vs[0] + b), Math.min(month[1], vs[1] + b)};
      double[] jy = TickSolver.interval(r.number("ytd_pct"), 2);
      if (jm[1] - jm[0] < 4 * MARGIN) {
        throw new IllegalStateException(p.code() + ": month % and pct vs benchmark cannot both be met (benchmark " + b + ")");
      }
      LocalDate a = YTD_BASE;
      LocalDate bd = NOV_BASE;
      LocalDate cd = NOV_END;
      boolean done = false;
      for (double c : TickSolver.closeCandidates(p, r.number("close"))) {
        Double base = TickSolver.findBase(p, c / p.factorBetween(bd, cd), jm);
        Double ytdBase = base == null ? null : TickSolver.findBase(p, c / p.factorBetween(a, cd), jy);
        if (base != null && ytdBase != null) {
          p.anchor(cd, c);
          p.anchor(bd, base);
          p.anchor(a, ytdBase);
          done = true;
          break;
        }
      }
      if (!done) {
        double c = TickSolver.closeCandidates(p, r.number("close")).get(0);
        p.anchor(cd, c);
        Double base = TickSolver.findBase(p, c / p.factorBetween(bd, cd), jm);
        if (base == null) {
          base = TickSolver.dividendKnob(p, LocalDate.of(2024, 11, 14), c, bd, cd, jm);
        }
        p.anchor(bd, base);
        Double ytdBase = TickSolver.findBase(p, c / p.factorBetween(a, cd), jy);
        if (ytdBase == null) {
          ytdBase = TickSolver.dividendKnob(p, LocalDate.of(2024, 6, 12), c, a, cd, jy);
        }
        p.anchor(a, ytdBase);
      }
      // shares that give the printed CNY 亿 at the day's FX; a name whose share count is also known
      // later (the forecast table's 2024-12-02) keeps slightly more shares here, as buybacks would
      double perYi = 1e8 / (p.anchors.get(cd) * fx.toCny(p.security.currency(), cd));
      double cap = r.number("mcap_cny_yi");
      double lo = (cap - 0.45) * perYi;
      double hi = (cap + 0.45) * perYi;
      Map.Entry<LocalDate, Long> later = p.shares.higherEntry(cd);
      double target = later == null ? cap * perYi : Math.min(hi, Math.max(lo, later.getValue() * 1.00002));
      p.shares.put(cd, Math.round(target));
    }
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
        double yi = cap != null ? cap : StrictMath.exp(StrictMath.log(p.market() == Market.US ? 60 : 90) + 0.9 * rng(p.code(), 8).nextGaussian());
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

  private LocalDate onOrBefore(PricePlan p, LocalDate d) {
    LocalDate x = d;
    while (!TradingDays.isTradingDay(p.market(), x)) {
      x = x.minusDays(1);
    }
    return x;
  }
}
