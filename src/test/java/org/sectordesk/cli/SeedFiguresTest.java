package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.analytics.MarketReview;
import org.sectordesk.analytics.MoverRow;
import org.sectordesk.analytics.ReviewRow;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.MarketDesk;
import org.sectordesk.desk.WorkspaceSetup;
import org.sectordesk.domain.Period;

/**
 * The sample workspace reproduces the published figures of the seeds to the printed digit, through
 * the same code that prints them: seed 000 figure 3 (November 2024) and seed 003 figures 10-13
 * (week of 2024-09-02).
 */
class SeedFiguresTest {
  @TempDir static Path tmp;
  static Desk desk;

  @BeforeAll
  static void createSampleWorkspace() {
    WorkspaceSetup.init(tmp.resolve("ws"), true, line -> {});
    desk = Desk.open(tmp.resolve("ws"));
  }

  @AfterAll
  static void close() {
    desk.close();
  }

  static List<String[]> csv(String name) throws IOException {
    try (InputStream in = SeedFiguresTest.class.getResourceAsStream(name)) {
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          rows.add(line.split(","));
        }
      }
      return rows.subList(1, rows.size());
    }
  }

  @Test
  void novemberReviewPrintsEveryFigureThreeNumberAsPublished() throws IOException {
    MarketReview review = desk.market().review(Period.month(YearMonth.of(2024, 11)));
    Map<String, ReviewRow> byCode = review.rows().stream()
        .collect(Collectors.toMap(r -> r.security().code(), Function.identity()));
    List<String[]> expected = csv("seed000-figure3.csv");
    assertThat(expected).hasSize(29);
    for (String[] e : expected) {
      ReviewRow r = byCode.get(e[0]);
      assertThat(r).as(e[0]).isNotNull();
      assertThat(Numbers.pct(r.periodReturn().value(), 1)).as(e[0] + " month %").isEqualTo(e[2]);
      assertThat(Numbers.pct(r.vsBenchmark(), 1)).as(e[0] + " vs benchmark pct").isEqualTo(e[3]);
      assertThat(Numbers.pct(r.ytd().value(), 2)).as(e[0] + " YTD %").isEqualTo(e[4]);
      assertThat(Numbers.num(r.close(), 1, false)).as(e[0] + " close").isEqualTo(e[5]);
      assertThat(Numbers.num(r.marketCapBaseYi(), 0, false)).as(e[0] + " mcap CNY 亿").isEqualTo(e[6]);
    }
    assertThat(Numbers.pct(review.benchmarkReturn("IXIC.GI").orElseThrow().value(), 2)).isEqualTo("6.21");
    assertThat(Numbers.pct(review.benchmarkReturn("HSTECH.HI").orElseThrow().value(), 1)).isEqualTo("-3.2");
  }

  @Test
  void weeklyMoversTablesComeOutAsPublished() throws IOException {
    Period week = Period.week(LocalDate.of(2024, 9, 2));
    List<String[]> expected = csv("seed003-movers.csv");
    assertThat(expected).hasSize(80);
    for (String list : List.of("a-media", "a-computer", "hk", "us")) {
      MarketDesk.MoversTable t = desk.market().movers(MarketDesk.MoversScope.ofWatchList(list), week, 10);
      for (String side : List.of("top", "bottom")) {
        List<MoverRow> rows = side.equals("top") ? t.top() : t.bottom();
        List<String[]> want = expected.stream().filter(e -> e[0].equals(list) && e[1].equals(side)).toList();
        assertThat(rows).as(list + " " + side).hasSize(want.size());
        for (int i = 0; i < want.size(); i++) {
          String[] e = want.get(i);
          MoverRow r = rows.get(i);
          assertThat(r.security().code()).as(list + " " + side + " #" + e[2]).isEqualTo(e[3]);
          assertThat(Numbers.pct(r.periodReturn().value(), 1)).as(e[3] + " weekly %").isEqualTo(e[6]);
          assertThat(Numbers.num(r.marketCapYi(), 2, false)).as(e[3] + " mcap 亿").isEqualTo(e[5]);
        }
      }
    }
  }

  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> a = new ArrayList<>(List.of("-w", tmp.resolve("ws").toString()));
    a.addAll(List.of(args));
    int code = DeskMain.run(new PrintWriter(out), new PrintWriter(err), a.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void theSeedsTopThreeOfHongKongAreTheCoveredNamesOnly() {
    // seed 000: the November 2024 HK top 3 of the coverage are 金山软件, 网易, 金蝶国际
    String covered = cli("movers", "--market", "HK", "--coverage", "--top", "3", "--month", "2024-11", "--format", "csv");
    assertThat(covered.lines().skip(1).limit(3).map(l -> l.split(",")[2]).toList())
        .containsExactly("3888.HK", "9999.HK", "0268.HK");
    String market = cli("movers", "--market", "HK", "--top", "3", "--month", "2024-11", "--format", "csv");
    // the whole market's top 3 (watch-list names too) is another list: which names lead is the generated sample's
    assertThat(market.lines().skip(1).limit(3).map(l -> l.split(",")[2]).toList())
        .isNotEqualTo(List.of("3888.HK", "9999.HK", "0268.HK")).contains("9992.HK");
  }

  @Test
  void tableHeadingsAreChineseByDefaultAndEnglishWithLangEnNeverBothInOneLine() {
    String zh = cli("review", "--month", "2024-11");
    assertThat(zh.lines().findFirst().orElseThrow()).isEqualTo("市场回顾 2024-11-01 至 2024-11-30");
    assertThat(zh).contains("细分板块", "年初至今").doesNotContain("Market review", "YTD from");
    String en = cli("review", "--month", "2024-11", "--lang", "en");
    assertThat(en.lines().findFirst().orElseThrow()).isEqualTo("Market review 2024-11-01 to 2024-11-30");
    assertThat(en).contains("Sub-sector", "YTD from").doesNotContain("细分板块", " 至 ");

    assertThat(cli("indices", "--month", "2024-11", "HSTECH.HI").lines().findFirst().orElseThrow())
        .isEqualTo("指数涨跌幅 2024-11-01 至 2024-11-30");
    assertThat(cli("indices", "--month", "2024-11", "HSTECH.HI", "--lang", "en").lines().findFirst().orElseThrow())
        .isEqualTo("Index returns 2024-11-01 to 2024-11-30");
    String movers = cli("movers", "--market", "US", "--top", "10", "--month", "2024-11");
    assertThat(movers.lines().findFirst().orElseThrow()).matches("US  2024-11-01 至 2024-11-30  （\\d+只.*）");
    // every column has a heading: no run of dashes under an empty one
    movers.lines().filter(l -> l.startsWith("----")).forEach(dashes ->
        assertThat(dashes.strip().split("\\s+")).allSatisfy(d -> assertThat(d).matches("-+")));
    assertThat(movers.lines().filter(l -> l.startsWith("股票代码")).toList())
        .allSatisfy(h -> assertThat(h.strip().split("\\s+")).hasSize(movers.lines()
            .dropWhile(l -> !l.equals(h)).skip(1).findFirst().orElseThrow().strip().split("\\s+").length));
    String en2 = cli("valuation", "HSTECH.HI", "--as-of", "2024-12-02", "--lang", "en");
    assertThat(en2).contains("percentile since").doesNotContain("分位");
    assertThat(cli("valuation", "HSTECH.HI", "--as-of", "2024-12-02")).contains("分位").doesNotContain("percentile");
  }

  @Test
  void reviewJsonCarriesTheContractFieldsUnrounded() throws IOException {
    StringWriter out = new StringWriter();
    int code = DeskMain.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        "-w", tmp.resolve("ws").toString(), "review", "--month", "2024-11", "--format", "json");
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/period/start").asText()).isEqualTo("2024-11-01");
    assertThat(json.at("/period/end").asText()).isEqualTo("2024-11-30");
    JsonNode sea = null;
    for (JsonNode row : json.get("rows")) {
      if (row.get("code").asText().equals("SE.N")) {
        sea = row;
      }
    }
    assertThat(sea).isNotNull();
    for (String f : List.of("code", "name", "sector", "market", "return_pct", "benchmark", "vs_benchmark_pct",
        "ytd_pct", "close", "currency", "mcap_cny_yi")) {
      assertThat(sea.has(f)).as(f).isTrue();
    }
    assertThat(sea.get("benchmark").asText()).isEqualTo("IXIC.GI");
    assertThat(sea.get("currency").asText()).isEqualTo("USD");
    assertThat(Math.round(sea.get("return_pct").asDouble() * 10) / 10.0).isEqualTo(21.0);
    assertThat(json.get("benchmarks").findValuesAsText("code")).contains("HSTECH.HI", "IXIC.GI");
  }
}
