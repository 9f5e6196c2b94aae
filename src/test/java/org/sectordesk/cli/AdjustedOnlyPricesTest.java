package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A yfinance {@code history()} file holds dividend-adjusted prices only (no Adj Close column): the raw close and the
 * market cap computed from it are missing and flagged ({@code price_basis: adjusted}), never the adjusted value
 * printed as a close; returns use the adjusted closes. The fixture is written here in that file's shape.
 */
class AdjustedOnlyPricesTest {
  @TempDir Path dir;
  Path ws;

  DeskRun desk(String... args) {
    return DeskRun.in(ws, args);
  }

  /** An adjusted close: 380 plus 0.05 a calendar day since 2024-09-02. */
  static double adjusted(LocalDate d) {
    return Math.round((380 + 0.05 * (d.toEpochDay() - LocalDate.of(2024, 9, 2).toEpochDay())) * 1e6) / 1e6;
  }

  /** Weekdays from September to early December 2024 in the shape yfinance's Ticker.history() writes. */
  static String historyFile() {
    StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n");
    for (LocalDate d = LocalDate.of(2024, 9, 2); !d.isAfter(LocalDate.of(2024, 12, 3)); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      double c = adjusted(d);
      csv.append(d).append(" 00:00:00+08:00,").append(c - 1).append(',').append(c + 2).append(',').append(c - 2)
          .append(',').append(c).append(",15626995,").append(d.equals(LocalDate.of(2024, 10, 15)) ? "3.4" : "0.0")
          .append(",0.0\n");
    }
    return csv.toString();
  }

  @BeforeEach
  void workspace() throws IOException {
    ws = dir.resolve("ws");
    Files.createDirectories(ws);
    Files.writeString(ws.resolve("desk.yaml"), """
        name: test
        base_currency: CNY
        benchmarks: {HK: HSTECH.HI}
        indices:
          - {code: HSTECH.HI, name: 恒生科技}
        coverage:
          - {code: 0700.HK, name: 腾讯控股, sub_sector: 游戏}
        """);
    Files.writeString(dir.resolve("0700.HK.csv"), historyFile());
    Files.writeString(dir.resolve("HSTECH.csv"), historyFile());
    Files.writeString(dir.resolve("shares.csv"), "code,date,shares\n0700.HK,2024-01-02,9200000000\n");
    Files.writeString(dir.resolve("fx.csv"), "date,base,quote,rate\n2024-11-29,HKD,CNY,0.9300\n");
    DeskRun r = desk("import", "bars", dir.resolve("0700.HK.csv").toString(), "--code", "0700.HK");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("note: prices of 0700.HK are adjusted only");
    DeskRun index = desk("import", "bars", dir.resolve("HSTECH.csv").toString(), "--code", "HSTECH.HI");
    assertThat(index.code()).as(index.err()).isZero();
    assertThat(index.out()).as("an index level is never adjusted").doesNotContain("adjusted only");
    assertThat(desk("import", "shares", dir.resolve("shares.csv").toString()).code()).isZero();
    assertThat(desk("import", "fx", dir.resolve("fx.csv").toString()).code()).isZero();
  }

  @Test
  void theReviewShowsNoRawCloseNorMarketCapButReturnsOnAdjustedCloses() throws IOException {
    DeskRun r = desk("review", "--month", "2024-11", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode row = new ObjectMapper().readTree(r.out()).get("rows").get(0);
    assertThat(row.get("price_basis").asText()).isEqualTo("adjusted");
    assertThat(row.get("close").isNull()).as("the adjusted close is not a close").isTrue();
    assertThat(row.get("mcap_cny_yi").isNull()).isTrue();
    assertThat(row.get("fx_rate").isNull()).isTrue();
    assertThat(row.get("close_date").asText()).isEqualTo("2024-11-29");
    assertThat(row.get("status").asText()).isEqualTo("normal");
    double expected = (adjusted(LocalDate.of(2024, 11, 29)) / adjusted(LocalDate.of(2024, 10, 31)) - 1) * 100;
    assertThat(row.get("return_pct").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));

    DeskRun table = desk("review", "--month", "2024-11");
    assertThat(table.out()).contains("腾讯控股§").contains("§ adjusted prices only");

    DeskRun indices = desk("indices", "--month", "2024-11", "HSTECH.HI", "--format", "json");
    JsonNode hstech = new ObjectMapper().readTree(indices.out()).get("rows").get(0);
    assertThat(hstech.get("close").asDouble()).isEqualTo(adjusted(LocalDate.of(2024, 11, 29)));
  }

  @Test
  void reimportingTheSameFileChangesNothing() {
    DeskRun again = desk("import", "bars", dir.resolve("0700.HK.csv").toString(), "--code", "0700.HK");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 new, 0 replaced").contains("(nothing changed)");
  }

  @Test
  void anAnalystWhoKnowsTheCloseIsRawSaysSo() throws IOException {
    DeskRun r = desk("import", "bars", dir.resolve("0700.HK.csv").toString(), "--code", "0700.HK", "--price-basis", "raw");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode row = new ObjectMapper().readTree(desk("review", "--month", "2024-11", "--format", "json").out())
        .get("rows").get(0);
    assertThat(row.get("price_basis").asText()).isEqualTo("raw");
    assertThat(row.get("close").asDouble()).isEqualTo(adjusted(LocalDate.of(2024, 11, 29)));
    assertThat(row.get("mcap_cny_yi").isNull()).isFalse();
  }

  @Test
  void aDeskFileOfAdjustedPricesIsMarkedByTheOption() throws IOException {
    Files.writeString(dir.resolve("desk.csv"), "code,date,close\n0700.HK,2024-12-04,430.5\n");
    DeskRun r = desk("import", "bars", dir.resolve("desk.csv").toString(), "--price-basis", "adjusted");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode row = new ObjectMapper().readTree(desk("review", "--from", "2024-12-02", "--to", "2024-12-04",
        "--format", "json").out()).get("rows").get(0);
    assertThat(row.get("price_basis").asText()).isEqualTo("adjusted");
    assertThat(row.get("close").isNull()).isTrue();
    DeskRun bad = desk("import", "bars", dir.resolve("desk.csv").toString(), "--price-basis", "adjustd");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--price-basis takes auto, raw or adjusted");
  }

  @Test
  void theReportNotesTheNameBesideTheCoverageTable() throws IOException {
    DeskRun r = desk("report", "monthly", "--month", "2024-11", "--format", "md", "--out", dir.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path md;
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      md = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
    }
    String text = Files.readString(md);
    assertThat(text).contains("腾讯控股§").contains("§仅有复权价：腾讯控股（0700.HK）的数据只含复权价格");
    assertThat(text).doesNotContain(String.format("%.1f", adjusted(LocalDate.of(2024, 11, 29))));
  }
}
