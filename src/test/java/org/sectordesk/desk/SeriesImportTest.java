package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.MetricPoint;
import org.sectordesk.ingest.SeriesFiles.SeriesLayout;
import org.sectordesk.store.DuckDbMetricStore;
import org.sectordesk.workspace.Workspace;

/** Metric series import against a real DuckDB workspace: all-or-nothing, idempotent, precise errors. */
class SeriesImportTest {
  @TempDir Path dir;
  private Workspace ws;

  @BeforeEach
  void open() throws IOException {
    BookImportsTest.fixture(dir, "desk.yaml");
    try (InputStream in = getClass().getResourceAsStream("/org/sectordesk/sample/metrics.yaml")) {
      Files.copy(in, dir.resolve("metrics.yaml"));
    }
    ws = Workspace.open(dir);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private SeriesDesk desk() {
    return SeriesDesk.open(ws);
  }

  private Path file(String name, String... lines) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  private Path pboc() throws IOException {
    Path f = dir.resolve("pboc-deposits.csv");
    try (InputStream in = getClass().getResourceAsStream("/org/sectordesk/sample/series/pboc-deposits.csv")) {
      Files.copy(in, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return f;
  }

  private List<MetricPoint> stored() {
    return new DuckDbMetricStore(ws.database()).all();
  }

  @Test
  void pbocDepositsOfOctober2024AsTheSeedPrintsThem() throws IOException {
    BookImportResult r = desk().importFile(pboc(), SeriesLayout.LONG, null);
    assertThat(r.problems()).isEmpty();
    assertThat(r.summary()).isEqualTo("pboc-deposits.csv: 14 series points read, 14 new, 0 replaced, 0 unchanged");
    SeriesView v = desk().show("pboc_nonfin_deposits", List.of(), "2024-10", "2024-10", List.of("yoy", "mom"));
    assertThat(v.unit()).isEqualTo("亿元");
    SeriesView.Point oct = v.series().get(0).points().get(0);
    assertThat(oct.period()).isEqualTo("2024-10");
    assertThat(oct.value()).isEqualTo(23664);
    // seed 000: 同比持平, 环比下降2.1%
    assertThat(String.format("%.1f", oct.measures().get("yoy_pct"))).isEqualTo("0.0");
    assertThat(String.format("%.1f", oct.measures().get("mom_pct"))).isEqualTo("-2.1");
    assertThat(oct.measures().get("mom_pct")).isCloseTo((23664.0 / 24170 - 1) * 100, within(1e-9));
    SeriesView first = desk().show("pboc_nonfin_deposits", List.of("CN.PBOC"), null, "2023-09", List.of("yoy"));
    assertThat(first.series().get(0).points().get(0).measures()).containsEntry("yoy_pct", null);
  }

  @Test
  void reimportingChangesNothingAndACorrectedFileReplacesOnlyItsPoints() throws IOException {
    desk().importFile(pboc(), SeriesLayout.AUTO, null);
    BookImportResult again = desk().importFile(pboc(), SeriesLayout.AUTO, null);
    assertThat(again.summary()).endsWith("14 series points read, 0 new, 0 replaced, 14 unchanged");
    Path fix = file("fix.csv", "entity,metric,period,value,unit,source",
        "CN.PBOC,pboc_nonfin_deposits,2024-09,24171.6,亿元,中国人民银行");
    BookImportResult r = desk().importFile(fix, SeriesLayout.LONG, null);
    assertThat(r.summary()).endsWith("1 series points read, 0 new, 1 replaced, 0 unchanged");
    assertThat(stored()).hasSize(14);
    assertThat(stored()).filteredOn(p -> p.period().toString().equals("2024-09")).singleElement()
        .extracting(MetricPoint::value).isEqualTo(24171.6);
    assertThat(stored()).filteredOn(p -> p.period().toString().equals("2024-08")).singleElement()
        .extracting(MetricPoint::value).isEqualTo(23390.0);
  }

  @Test
  void everyBadRowIsNamedAndNothingIsStored() throws IOException {
    desk().importFile(pboc(), SeriesLayout.AUTO, null);
    Path bad = file("bad.csv", "entity,metric,period,value,unit,source,estimate",
        "0700.HK,capex,2024Q5,146,亿元,10-Q,",
        "0700.HK,capexx,2024Q3,171,亿元,10-Q,",
        "0700.HK,capex,2024Q2,87,亿元,,",
        "0700.HK,capex,2024Q1,146,亿美元,,",
        "0700.HK,capex,2024Q2,87,亿元,,",
        "0700.HK,capex,2023Q4,76,亿元,,true",
        "0700.HK,capex,2024Q4,3x6,亿元,,",
        "CN.PBOC,pboc_nonfin_deposits,2024-11,23500,亿元,,");
    BookImportResult r = desk().importFile(bad, SeriesLayout.LONG, null);
    assertThat(r.problems()).contains(
        "bad.csv:2 [period] '2024Q5' is not a quarter: quarters are Q1..Q4",
        "bad.csv:3 [metric] unknown metric 'capexx': it is not in metrics.yaml (known: pboc_nonfin_deposits,"
            + " game_market_revenue, game_licences, capex, cloud_revenue, ad_revenue, arpu, api_price_input,"
            + " model_score, api_price_output, chatbot_mau)",
        "bad.csv:8 [value] '3x6' is not a number");
    assertThat(stored()).hasSize(14);

    Path crossRow = file("cross.csv", "entity,metric,period,value,unit,source,estimate",
        "0700.HK,capex,2024Q2,87,亿元,,",
        "0700.HK,capex,2024Q1,146,亿美元,,",
        "0700.HK,capex,2024Q2,87,亿元,,",
        "0700.HK,capex,2023Q4,76,亿元,,true",
        "0700.HK,capex,2026E,500,亿元,,false");
    r = desk().importFile(crossRow, SeriesLayout.LONG, null);
    assertThat(r.problems()).containsExactlyInAnyOrder(
        "cross.csv:3 [unit] unit '亿美元' clashes with '亿元' of the other points of 0700.HK capex (first at 2); one series has one unit",
        "cross.csv:4 [period] 2024Q2 of 0700.HK capex is given twice (first at 2)",
        "cross.csv:5 [estimate] estimate flag on 2023Q4 of 0700.HK capex, a past period: the series has reported figures up to 2024Q2",
        "cross.csv:6 [estimate] period 2026E is marked as an estimate (E) but the estimate column says it is an actual figure");
    assertThat(stored()).hasSize(14);
  }

  @Test
  void storedSeriesKeepTheirUnitAndTheirActuals() throws IOException {
    desk().importFile(pboc(), SeriesLayout.AUTO, null);
    Path f = file("more.csv", "entity,metric,period,value,unit,source,estimate",
        "CN.PBOC,pboc_nonfin_deposits,2024-11,2.35,万亿元,,");
    assertThat(desk().importFile(f, SeriesLayout.LONG, null).problems()).containsExactly(
        "more.csv:2 [unit] unit '万亿元' clashes with '亿元' of the stored points of CN.PBOC pboc_nonfin_deposits; one series has one unit");
    Path g = file("est.csv", "entity,metric,period,value,unit,source,estimate",
        "CN.PBOC,pboc_nonfin_deposits,2024-08,23400,亿元,,true");
    assertThat(desk().importFile(g, SeriesLayout.LONG, null).problems()).containsExactly(
        "est.csv:2 [estimate] estimate flag on 2024-08 of CN.PBOC pboc_nonfin_deposits, a past period: the workspace holds reported figures up to 2024-10");
    assertThat(stored()).hasSize(14);
  }

  @Test
  void windEdbExportWithPeriodsDown() throws IOException {
    Path f = file("edb.csv", "指标名称,货币当局:非金融机构存款",
        "频率,月", "单位,亿元", "指标ID,M0043412", "来源,中国人民银行",
        "2024-09-30,24170", "2024-10-31,23664", "2024-11-30,--", "数据来源：Wind");
    BookImportResult r = desk().importFile(f, SeriesLayout.AUTO, null);
    assertThat(r.problems()).isEmpty();
    assertThat(r.summary()).endsWith("2 series points read, 2 new, 0 replaced, 0 unchanged");
    assertThat(stored()).extracting(p -> p.entity() + " " + p.period() + " " + p.value() + " " + p.source())
        .containsExactly("CN.PBOC 2024-09 24170.0 中国人民银行", "CN.PBOC 2024-10 23664.0 中国人民银行");
  }

  @Test
  void workbookWithPeriodsAcrossAndAnEntityColumn() throws IOException {
    Path f = dir.resolve("capex.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      Sheet s = wb.createSheet("资本开支");
      String[][] cells = {
          {"指标名称", "entity", "单位", "2024Q1", "2024Q2", "2025E"},
          {"capex", "MSFT.O", "亿美元", "140", "190", "800"},
          {"capex", "GOOGL.O", "亿美元", "120", "13x", ""}};
      for (int r = 0; r < cells.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      wb.write(out);
    }
    BookImportResult r = desk().importFile(f, SeriesLayout.WIDE, null);
    assertThat(r.problems()).containsExactly("capex.xlsx:资本开支!E3 [value] '13x' is not a number");
    assertThat(stored()).isEmpty();
  }
}
