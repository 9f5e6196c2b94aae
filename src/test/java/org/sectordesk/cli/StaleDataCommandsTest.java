package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series that stops is stale (never 0%): review JSON, stderr, desk status and report --strict. */
class StaleDataCommandsTest {
  @TempDir Path dir;
  Path ws;

  DeskRun desk(String... args) {
    return DeskRun.in(ws, args);
  }

  @BeforeEach
  void workspace() throws IOException {
    ws = dir.resolve("ws");
    Files.createDirectories(ws);
    Files.copy(getClass().getResourceAsStream("desk-two-names.yaml"), ws.resolve("desk.yaml"));
    // HSTECH and Meituan stop on 2024-11-13; Tencent trades to 2024-11-29 and on
    Path bars = dir.resolve("bars.csv");
    StringBuilder csv = new StringBuilder("code,date,close,adj_close,currency\n");
    series(csv, "0700.HK", LocalDate.of(2022, 12, 1), LocalDate.of(2024, 12, 3));
    series(csv, "3690.HK", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 11, 13));
    series(csv, "HSTECH.HI", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 11, 13));
    Files.writeString(bars, csv);
    DeskRun imported = desk("import", "bars", bars.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
  }

  /** A smooth price: 300 plus 0.1 a calendar day since 2022-12-01. */
  static double price(LocalDate d) {
    return Math.round((300 + 0.1 * (d.toEpochDay() - LocalDate.of(2022, 12, 1).toEpochDay())) * 100) / 100.0;
  }

  private static void series(StringBuilder csv, String code, LocalDate from, LocalDate to) {
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        csv.append(code).append(',').append(d).append(',').append(price(d)).append(',').append(price(d)).append(",HKD\n");
      }
    }
  }

  @Test
  void reviewShowsStaleSeriesAsMissingWithTheDayTheirDataEnds() throws IOException {
    DeskRun r = desk("review", "--month", "2024-11", "--ytd-base", "2022-12-30", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("ytd_base").asText()).isEqualTo("2022-12-30");
    assertThat(j.get("close_date").asText()).isEqualTo("2024-11-30");
    JsonNode bench = j.get("benchmarks").get(0);
    assertThat(bench.get("status").asText()).isEqualTo("stale");
    assertThat(bench.get("return_pct").isNull()).isTrue();
    assertThat(bench.get("data_through").asText()).isEqualTo("2024-11-13");
    JsonNode tencent = j.get("rows").get(0);
    assertThat(tencent.get("status").asText()).isEqualTo("normal");
    LocalDate oct31 = LocalDate.of(2024, 10, 31);
    LocalDate nov29 = LocalDate.of(2024, 11, 29);
    assertThat(tencent.get("return_pct").asDouble()).isEqualTo((price(nov29) / price(oct31) - 1) * 100);
    assertThat(tencent.get("vs_benchmark_pct").isNull()).as("gap to a stale benchmark").isTrue();
    assertThat(tencent.get("ytd_pct").asDouble()).isEqualTo((price(nov29) / price(LocalDate.of(2022, 12, 30)) - 1) * 100);
    JsonNode meituan = j.get("rows").get(1);
    assertThat(meituan.get("status").asText()).isEqualTo("stale");
    assertThat(meituan.get("return_pct").isNull()).isTrue();
    assertThat(meituan.get("close").isNull()).isTrue();
    assertThat(r.err()).contains("stale: HSTECH.HI").contains("stale: 3690.HK").contains("2024-11-13");

    DeskRun closeLater = desk("review", "--month", "2024-11", "--close-as-of", "2024-12-02", "--format", "json");
    JsonNode t2 = new ObjectMapper().readTree(closeLater.out()).get("rows").get(0);
    assertThat(t2.get("close").asDouble()).isEqualTo(price(LocalDate.of(2024, 12, 2)));
    assertThat(t2.get("close_date").asText()).isEqualTo("2024-12-02");
  }

  @Test
  void aYtdEndingWhereTheMonthIsStaleIsStaleToo() throws IOException {
    // every HK series stops by 2024-12-03: in June 2025 no HK data shows the market trading, and the long YTD
    // window would take 2024-12-03 for its last trading day and pass Tencent's YTD to then as a YTD to June
    DeskRun r = desk("review", "--month", "2025-06", "--ytd-base", "2022-12-30", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode tencent = new ObjectMapper().readTree(r.out()).get("rows").get(0);
    assertThat(tencent.get("status").asText()).isEqualTo("stale");
    assertThat(tencent.get("ytd_status").asText()).isEqualTo("stale");
    assertThat(tencent.get("ytd_pct").isNull()).isTrue();
  }

  @Test
  void statusSaysWhichSeriesAreFreshOnADay() throws IOException {
    DeskRun r = desk("status", "--as-of", "2024-11-29", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("stale").asInt()).isEqualTo(2);
    for (JsonNode s : j.get("series")) {
      String key = s.get("key").asText();
      assertThat(s.get("kind").asText()).isEqualTo("bars");
      assertThat(s.get("fresh").asBoolean()).as(key).isEqualTo(key.equals("0700.HK"));
      assertThat(s.get("files").get(0).asText()).isEqualTo("bars.csv");
    }
  }

  @Test
  void everyFigureThatCanShowAStaleSeriesGetsTheNoteBesideIt() throws IOException {
    // the cover's 市场走势 chart draws HSTECH against HSI, which runs on
    Files.writeString(ws.resolve("desk.yaml"), Files.readString(ws.resolve("desk.yaml")).replace(
        "  - {code: HSTECH.HI, name: 恒生科技}", "  - {code: HSTECH.HI, name: 恒生科技}\n  - {code: HSI.HI, name: 恒生指数}"));
    StringBuilder csv = new StringBuilder("code,date,close,adj_close,currency\n");
    series(csv, "HSI.HI", LocalDate.of(2023, 6, 1), LocalDate.of(2024, 12, 3));
    series(csv, "HSTECH.HI", LocalDate.of(2023, 6, 1), LocalDate.of(2024, 5, 31)); // the chart's base is 2023-12-02
    Files.writeString(dir.resolve("hsi.csv"), csv);
    assertThat(desk("import", "bars", dir.resolve("hsi.csv").toString()).code()).isZero();
    DeskRun r = desk("report", "monthly", "--month", "2024-11", "--format", "md", "--out", dir.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    String md;
    try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("out"))) {
      md = Files.readString(files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow());
    }
    String hstech = "恒生科技（HSTECH.HI）数据截至2024-11-13，早于本期最后交易日，不计涨跌幅";
    String meituan = "美团（3690.HK）数据截至2024-11-13，早于本期最后交易日，不计涨跌幅";
    // the index-levels figure: its line stops on 2024-11-13
    int levels = md.indexOf("**图2：恒生科技（HSTECH.HI）");
    assertThat(levels).as(md).isPositive();
    int levelsNote = md.indexOf(hstech + "，图中曲线止于该日。", levels);
    assertThat(levelsNote).as("note under the index-levels figure").isPositive();
    assertThat(md.substring(levels, levelsNote)).as("no other figure in between").doesNotContain("**图3");
    // the monthly-returns chart, the ranking figures (which leave the stale name out) and the cover chart
    assertThat(md).contains(hstech + "，图中不含其无数据的月份。");
    assertThat(md).contains(meituan + "，未计入排名。");
    // the cover's 市场走势 chart runs to the day before the report date (2024-12-01): HSTECH stops before it
    int cover = md.indexOf(hstech + "，图中曲线止于该日。");
    assertThat(cover).as("cover chart note comes first").isLessThan(levelsNote).isLessThan(md.indexOf("## 核心观点"));
  }

  @Test
  void strictRefusesAReportThatWouldShowStaleSeries() {
    DeskRun r = desk("report", "monthly", "--month", "2024-11", "--format", "md", "--out", dir.resolve("out").toString(),
        "--strict");
    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEM);
    assertThat(r.err()).contains("--strict").contains("HSTECH.HI");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
