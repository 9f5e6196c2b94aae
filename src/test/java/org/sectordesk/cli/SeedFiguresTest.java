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
