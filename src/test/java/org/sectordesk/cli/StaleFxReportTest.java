package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * An FX rate older than {@code fx.max_age_days} on the report's close day: the report notes it beside the coverage
 * table and on stderr, and {@code report --strict} refuses to write it, as it does for a stale price series.
 */
class StaleFxReportTest {
  @TempDir Path dir;
  Path ws;

  DeskRun desk(String... args) {
    return DeskRun.in(ws, args);
  }

  @BeforeEach
  void workspace() throws IOException {
    ws = dir.resolve("ws");
    Files.createDirectories(ws);
    Files.writeString(ws.resolve("desk.yaml"), """
        name: test
        base_currency: CNY
        fx: {max_age_days: 7}
        benchmarks: {HK: HSTECH.HI}
        indices:
          - {code: HSTECH.HI, name: 恒生科技}
        coverage:
          - {code: 0700.HK, name: 腾讯控股, sub_sector: 游戏}
        """);
    // both series run through the month and on: nothing is stale but the FX rate
    StringBuilder csv = new StringBuilder("code,date,close,adj_close,currency\n");
    for (String code : new String[] {"0700.HK", "HSTECH.HI"}) {
      for (LocalDate d = LocalDate.of(2023, 12, 1); !d.isAfter(LocalDate.of(2024, 12, 3)); d = d.plusDays(1)) {
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          double p = 300 + 0.1 * (d.toEpochDay() % 1000);
          csv.append(code).append(',').append(d).append(',').append(p).append(',').append(p).append(",HKD\n");
        }
      }
    }
    Files.writeString(dir.resolve("bars.csv"), csv);
    Files.writeString(dir.resolve("shares.csv"), "code,date,shares\n0700.HK,2024-01-02,9200000000\n");
    // the last HKD/CNY fixing is 2024-10-01, 60 days before the 2024-11-29 close
    Files.writeString(dir.resolve("fx.csv"), "date,base,quote,rate\n2024-10-01,HKD,CNY,0.9012\n");
    for (String[] imp : new String[][] {{"bars", "bars.csv"}, {"shares", "shares.csv"}, {"fx", "fx.csv"}}) {
      DeskRun r = desk("import", imp[0], dir.resolve(imp[1]).toString());
      assertThat(r.code()).as(r.err()).isZero();
    }
  }

  @Test
  void strictRefusesAReportWhoseMarketCapUsesAStaleFxRate() {
    DeskRun r = desk("report", "monthly", "--month", "2024-11", "--format", "md", "--out", dir.resolve("out").toString(),
        "--strict");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.DATA_PROBLEM);
    assertThat(r.err()).contains("--strict").contains("stale FX: 0700.HK").contains("2024-10-01");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void withoutStrictTheReportNotesTheStaleRateBesideTheCoverageTable() throws IOException {
    DeskRun r = desk("report", "monthly", "--month", "2024-11", "--format", "md", "--out", dir.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("stale FX: 0700.HK").contains("2024-10-01");
    Path md;
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      md = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
    }
    String text = Files.readString(md);
    assertThat(text).contains("腾讯控股（0700.HK）市值按2024-10-01的HKD/CNY汇率换算，该汇率距收盘日已59天");
    assertThat(text).contains("腾讯控股†");
  }

  @Test
  void theReviewFlagsTheRateInJsonAndWarnsOnStderr() throws IOException {
    DeskRun r = desk("review", "--month", "2024-11", "--format", "json");
    assertThat(r.code()).isZero();
    var row = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("rows").get(0);
    assertThat(row.get("fx_stale").asBoolean()).isTrue();
    assertThat(row.get("fx_date").asText()).isEqualTo("2024-10-01");
    assertThat(r.err()).contains("warning: 0700.HK market cap uses HKD FX of 2024-10-01");
  }
}
