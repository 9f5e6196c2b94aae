package org.sectordesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.ValuationPoint;

/**
 * The sample data reproduces every figure the seeds publish, to the printed digit, computed the way
 * the desk computes them: period closes cut with {@link PeriodCloses#of}, returns on adjusted
 * closes, figures rounded HALF_UP. Expected values are the seed transcriptions under
 * {@code org/sectordesk/sample/targets/}, plus a few spot checks written out here.
 */
class SampleCalibrationTest {
  private static final LocalDate NOV_END = LocalDate.of(2024, 11, 29);
  private static final Period NOVEMBER = Period.month(YearMonth.of(2024, 11));
  // seed 000's YTD runs from the 2022-12-30 close (the sample desk.yaml's conventions.ytd_base)
  private static final Period YTD = Period.custom(LocalDate.of(2022, 12, 31), NOV_END);
  private static final Period WEEK = Period.week(LocalDate.of(2024, 9, 2));

  private static SampleData data;
  private static Map<String, PriceHistory> histories;
  private static Map<String, TreeMap<LocalDate, Double>> shares;

  @BeforeAll
  static void generate() {
    data = SampleMarket.generate();
    Map<String, List<Bar>> byCode = data.bars().stream().collect(Collectors.groupingBy(Bar::code, LinkedHashMap::new, Collectors.toList()));
    histories = new HashMap<>();
    byCode.forEach((c, b) -> histories.put(c, PriceHistory.ofBars(c, b)));
    shares = new HashMap<>();
    for (Capitalisation c : data.capitalisation()) {
      shares.computeIfAbsent(c.code(), k -> new TreeMap<>()).put(c.date(), c.shares());
    }
  }

  // ------------------------------------------------------------------ helpers (plain arithmetic)

  private static double periodReturn(String code, Period p) {
    PeriodCloses pc = PeriodCloses.of(history(code), p);
    assertThat(pc.before()).as("close of %s before %s", code, p.start()).isNotNull();
    return pc.last().adjClose() / pc.before().adjClose() - 1;
  }

  private static PriceHistory history(String code) {
    PriceHistory h = histories.get(code);
    assertThat(h).as("bars of %s", code).isNotNull();
    return h;
  }

  private static String pct(double fraction, int digits) {
    return BigDecimal.valueOf(fraction * 100).setScale(digits, RoundingMode.HALF_UP).toPlainString();
  }

  private static String round(double x, int digits) {
    return BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_UP).toPlainString();
  }

  private static double lastClose(String code, LocalDate day) {
    PriceHistory h = history(code);
    return h.close(h.indexOnOrBefore(day));
  }

  private static double sharesOn(String code, LocalDate day) {
    return shares.get(code).floorEntry(day).getValue();
  }

  private static double toCny(String currency, LocalDate day) {
    if (currency.equals("CNY")) {
      return 1;
    }
    return data.fx().stream().filter(f -> f.base().equals(currency) && f.quote().equals("CNY") && f.date().equals(day))
        .mapToDouble(FxRate::rate).findFirst().orElseThrow();
  }

  private static List<Map<String, String>> csv(String name) {
    try (InputStream in = SampleCalibrationTest.class.getResourceAsStream("/org/sectordesk/sample/targets/" + name)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Map<String, String>> rows = new ArrayList<>();
      String[] header = null;
      for (String l : lines) {
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        String[] cells = l.split(",", -1);
        if (header == null) {
          header = cells;
          continue;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String currency(String code) {
    return code.endsWith(".HK") ? "HKD" : code.endsWith(".O") || code.endsWith(".N") ? "USD" : "CNY";
  }

  // ------------------------------------------------------------------ seed 000, figure 3

  @Test
  void novemberReviewMatchesFigure3CellByCell() {
    double hstech = periodReturn("HSTECH.HI", NOVEMBER);
    double ixic = periodReturn("IXIC.GI", NOVEMBER);
    List<Map<String, String>> rows = csv("seed000-figure3.csv");
    assertThat(rows).hasSize(29);
    SoftAssertions soft = new SoftAssertions();
    for (Map<String, String> r : rows) {
      String code = r.get("code");
      double month = periodReturn(code, NOVEMBER);
      double bench = code.endsWith(".HK") ? hstech : ixic;
      double close = lastClose(code, NOV_END);
      double cap = sharesOn(code, NOV_END) * close * toCny(currency(code), NOV_END) / 1e8;
      soft.assertThat(pct(month, 1)).as("%s month %%", code).isEqualTo(r.get("month_pct"));
      soft.assertThat(pct(month - bench, 1)).as("%s vs benchmark", code).isEqualTo(r.get("vs_benchmark_pct"));
      soft.assertThat(pct(periodReturn(code, YTD), 2)).as("%s YTD %%", code).isEqualTo(r.get("ytd_pct"));
      soft.assertThat(round(close, 1)).as("%s close", code).isEqualTo(r.get("close"));
      soft.assertThat(round(cap, 0)).as("%s mcap CNY 亿", code).isEqualTo(r.get("mcap_cny_yi"));
    }
    soft.assertAll();
  }

  @Test
  void novemberBenchmarksAndTopThreeMatchTheText() {
    assertThat(pct(periodReturn("IXIC.GI", NOVEMBER), 2)).isEqualTo("6.21");
    assertThat(pct(periodReturn("HSTECH.HI", NOVEMBER), 1)).isEqualTo("-3.2");
    assertThat(pct(periodReturn("QNET.GI", NOVEMBER), 1)).isEqualTo("9.2");
    List<String> hk = new ArrayList<>();
    List<String> us = new ArrayList<>();
    for (Map<String, String> r : csv("seed000-figure3.csv")) {
      (r.get("code").endsWith(".HK") ? hk : us).add(r.get("code"));
    }
    Comparator<String> byMonthDesc = Comparator.comparingDouble(c -> -periodReturn(c, NOVEMBER));
    hk.sort(byMonthDesc);
    us.sort(byMonthDesc);
    assertThat(hk.subList(0, 3)).containsExactly("3888.HK", "9999.HK", "0268.HK");
    assertThat(us.subList(0, 3)).containsExactly("SE.N", "AMZN.O", "WB.O");
    double hstech = periodReturn("HSTECH.HI", NOVEMBER);
    double ixic = periodReturn("IXIC.GI", NOVEMBER);
    assertThat(pct(periodReturn("3888.HK", NOVEMBER) - hstech, 1)).isEqualTo("20.0");
    assertThat(pct(periodReturn("SE.N", NOVEMBER), 1)).isEqualTo("21.0");
    assertThat(pct(periodReturn("SE.N", NOVEMBER) - ixic, 1)).isEqualTo("14.8");
    assertThat(pct(periodReturn("WB.O", NOVEMBER) - ixic, 1)).isEqualTo("-0.1");
  }

  @Test
  void forecastTableClosesAndMillionCapsOn20241202() {
    SoftAssertions soft = new SoftAssertions();
    for (Map<String, String> r : csv("seed000-forecast.csv")) {
      String code = r.get("code");
      LocalDate day = LocalDate.parse(r.get("date"));
      PriceHistory h = history(code);
      assertThat(h.date(h.indexOnOrBefore(day))).isEqualTo(day);
      double close = lastClose(code, day);
      soft.assertThat(round(close, 1)).as("%s close", code).isEqualTo(r.get("close"));
      soft.assertThat(round(sharesOn(code, day) * close / 1e6, 0)).as("%s mcap million", code).isEqualTo(r.get("mcap_million"));
    }
    soft.assertAll();
    assertThat(round(lastClose("0700.HK", LocalDate.of(2024, 12, 2)), 1)).isEqualTo("398.0");
    // the share count behind figure 3 (2024-11-29) is a little above the forecast table's (buybacks)
    for (String code : List.of("0700.HK", "9999.HK", "3690.HK", "9988.HK")) {
      assertThat(sharesOn(code, NOV_END)).as(code).isGreaterThan(sharesOn(code, LocalDate.of(2024, 12, 2)));
    }
  }

  @Test
  void hstechPeAndPercentileSinceLaunch() {
    LocalDate asOf = LocalDate.of(2024, 12, 2);
    List<ValuationPoint> pe = data.valuation().stream().filter(v -> v.code().equals("HSTECH.HI")).toList();
    assertThat(pe.get(0).date()).isEqualTo(LocalDate.of(2020, 7, 27));
    assertThat(pe.get(pe.size() - 1).date()).isEqualTo(LocalDate.of(2025, 12, 31));
    double current = pe.stream().filter(v -> v.date().equals(asOf)).findFirst().orElseThrow().peTtm();
    List<ValuationPoint> upTo = pe.stream().filter(v -> !v.date().isAfter(asOf)).toList();
    long atOrBelow = upTo.stream().filter(v -> v.peTtm() <= current).count();
    assertThat(round(current, 2)).isEqualTo("20.59");
    assertThat(pct(atOrBelow / (double) upTo.size(), 2)).isEqualTo("8.85");
    assertThat(data.valuation()).anyMatch(v -> v.code().equals("HSI.HI")).anyMatch(v -> v.code().equals("000300.SH"));
  }

  // ------------------------------------------------------------------ seed 003, week of 2024-09-02

  @Test
  void weeklyIndexReturnsMatchTheParagraph() {
    SoftAssertions soft = new SoftAssertions();
    for (Map<String, String> r : csv("seed003-indices.csv")) {
      Period p = Period.custom(LocalDate.parse(r.get("start")), LocalDate.parse(r.get("end")));
      int digits = Integer.parseInt(r.get("digits"));
      soft.assertThat(pct(periodReturn(r.get("code"), p), digits)).as("%s %s", r.get("code"), p)
          .isEqualTo(r.get("return_pct"));
    }
    soft.assertAll();
    assertThat(pct(periodReturn("IXIC.GI", WEEK), 2)).isEqualTo("-5.77");
    assertThat(pct(periodReturn("HSIII.HI", WEEK), 1)).isEqualTo("-1.6");
  }

  @Test
  void shenwanRanksOfMediaAndComputers() {
    List<String> sw = csv("seed003-sw-week.csv").stream().map(r -> r.get("code")).collect(Collectors.toList());
    assertThat(sw).hasSize(31);
    sw.sort(Comparator.comparingDouble(c -> -periodReturn(c, WEEK)));
    assertThat(sw.indexOf("801760.SI") + 1).isEqualTo(3);
    assertThat(sw.indexOf("801750.SI") + 1).isEqualTo(15);
    List<String> tmt = new ArrayList<>(List.of("801080.SI", "801770.SI", "801750.SI", "801760.SI"));
    tmt.sort(Comparator.comparingDouble(c -> -periodReturn(c, WEEK)));
    assertThat(tmt.subList(0, 2)).containsExactly("801760.SI", "801750.SI");
  }

  @Test
  void moversTablesRowByRow() {
    SoftAssertions soft = new SoftAssertions();
    for (Map<String, String> r : csv("seed003-week-2024-09-02.csv")) {
      String code = r.get("code");
      double week = periodReturn(code, WEEK);
      double cap = sharesOn(code, WEEK.end()) * lastClose(code, WEEK.end()) / 1e8;
      soft.assertThat(pct(week, 1)).as("%s weekly %%", code).isEqualTo(r.get("week_pct"));
      if (!r.get("text_pct").isEmpty()) {
        soft.assertThat(pct(week, 2)).as("%s weekly %% (text)", code).isEqualTo(r.get("text_pct"));
      }
      soft.assertThat(round(cap, 2)).as("%s mcap 亿", code).isEqualTo(r.get("mcap_yi"));
    }
    soft.assertAll();
  }

  @Test
  void everyWatchListRanksExactlyIntoThePublishedTables() {
    Map<String, List<String>> lists = SampleResources.watchLists();
    List<Map<String, String>> rows = csv("seed003-week-2024-09-02.csv");
    for (Map.Entry<String, List<String>> list : lists.entrySet()) {
      List<String> members = new ArrayList<>(list.getValue());
      members.removeIf(c -> PeriodCloses.of(history(c), WEEK).before() == null);
      // ties (two delisted or unchanged names at exactly 0) are broken by code
      members.sort(Comparator.<String>comparingDouble(c -> -periodReturn(c, WEEK)).thenComparing(Comparator.naturalOrder()));
      List<String> gain = rows.stream().filter(r -> r.get("list").equals(list.getKey()) && r.get("side").equals("gain"))
          .map(r -> r.get("code")).toList();
      List<String> loss = rows.stream().filter(r -> r.get("list").equals(list.getKey()) && r.get("side").equals("loss"))
          .map(r -> r.get("code")).toList();
      assertThat(members.subList(0, 10)).as("top 10 of %s", list.getKey()).containsExactlyElementsOf(gain);
      List<String> bottom = new ArrayList<>(members.subList(members.size() - 10, members.size()));
      java.util.Collections.reverse(bottom);
      assertThat(bottom).as("bottom 10 of %s", list.getKey()).containsExactlyElementsOf(loss);
    }
  }

  // ------------------------------------------------------------------ the data itself

  @Test
  void corporateEventsAreInTheData() {
    PriceHistory atvi = history("ATVI.O");
    assertThat(atvi.lastDate()).isEqualTo(LocalDate.of(2023, 10, 12));
    assertThat(pct(periodReturn("ATVI.O", WEEK), 1)).isEqualTo("0.0");
    assertThat(history("2533.HK").firstDate()).isEqualTo(LocalDate.of(2024, 8, 8));
    PriceHistory suspended = history("300399.SZ");
    assertThat(suspended.date(suspended.indexOnOrBefore(LocalDate.of(2024, 9, 13)))).isEqualTo(LocalDate.of(2024, 8, 27));
    assertThat(suspended.date(suspended.indexOnOrBefore(LocalDate.of(2024, 9, 18)))).isAfter(LocalDate.of(2024, 9, 13));
    // Tencent went ex-dividend HKD 3.40 on 2024-05-17: the adjusted closes before it carry the factor
    PriceHistory tencent = history("0700.HK");
    int before = tencent.indexOnOrBefore(LocalDate.of(2024, 5, 16));
    int after = tencent.indexOnOrBefore(LocalDate.of(2024, 5, 17));
    double ratioBefore = tencent.adjClose(before) / tencent.close(before);
    double ratioAfter = tencent.adjClose(after) / tencent.close(after);
    assertThat(ratioBefore).isLessThan(1);
    assertThat(ratioBefore / ratioAfter).isCloseTo(1 - 3.40 / tencent.close(before), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void barsAreOrderlyOnTicksAndInsideTheSampleYears() {
    for (Bar b : data.bars()) {
      assertThat(b.date()).isBetween(SampleMarket.FIRST_DAY, SampleMarket.LAST_DAY);
      if (!Double.isNaN(b.high())) {
        assertThat(b.high()).as("high of %s on %s", b.code(), b.date()).isGreaterThanOrEqualTo(Math.max(b.open(), b.close()));
        assertThat(b.low()).as("low of %s on %s", b.code(), b.date()).isLessThanOrEqualTo(Math.min(b.open(), b.close()));
      }
      long units = Math.round(b.close() * 10_000);
      assertThat(Math.abs(units - b.close() * 10_000)).as("close of %s on %s", b.code(), b.date()).isLessThan(1e-6);
      if (b.code().endsWith(".SH") || b.code().endsWith(".SZ") && !b.code().startsWith("399")) {
        assertThat(units % 100).as("A-share close of %s on %s on a 0.01 tick", b.code(), b.date()).isZero();
      }
    }
    assertThat(data.fx()).extracting(FxRate::pair).contains("USD/CNY", "HKD/CNY", "USD/HKD");
  }

  @Test
  void aSharesStayWithinTheirDailyPriceLimits() {
    histories.forEach((code, h) -> {
      if (!(code.endsWith(".SH") || code.endsWith(".SZ") || code.endsWith(".BJ")) || code.matches("(000001|000300|000852|399\\d{3})\\.S[HZ]")) {
        return;
      }
      double limit = code.endsWith(".BJ") ? 0.30 : code.matches("(300|301|688).*") ? 0.20 : 0.10;
      for (int i = 1; i < h.size(); i++) {
        double move = h.close(i) / h.close(i - 1) - 1;
        assertThat(Math.abs(move)).as("move of %s on %s", code, h.date(i)).isLessThanOrEqualTo(limit + 0.011 / h.close(i - 1));
      }
    });
  }

  @Test
  void hongKongClosesFollowTheSpreadTable() {
    for (Bar b : data.bars()) {
      if (b.code().endsWith(".HK")) {
        double tick = b.close() < 0.25 ? 0.001 : b.close() < 0.5 ? 0.005 : b.close() < 10 ? 0.01 : b.close() < 20 ? 0.02
            : b.close() < 100 ? 0.05 : b.close() < 200 ? 0.1 : b.close() < 500 ? 0.2 : b.close() < 1000 ? 0.5 : 1.0;
        double steps = b.close() / tick;
        assertThat(Math.abs(steps - Math.rint(steps))).as("close %s of %s on %s", b.close(), b.code(), b.date()).isLessThan(1e-6);
      }
    }
  }

  @Test
  void generationIsDeterministic() {
    SampleData again = SampleMarket.generate();
    assertThat(again.bars()).isEqualTo(data.bars());
    assertThat(again.capitalisation()).isEqualTo(data.capitalisation());
    assertThat(again.valuation()).isEqualTo(data.valuation());
  }
}
