package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.desk.WorkspaceSetup;

/**
 * The sample workspace's forecast table prints the seed's 重点公司盈利预测及投资评级 rows (seed 000, as of
 * 2024-12-02: its names, order, scheme and figures), and its rating book shows every status, an industry rating and the JSON contract fields.
 */
class SampleBookTest {
  @TempDir static Path tmp;
  static Path ws;

  @BeforeAll
  static void createSampleWorkspace() {
    ws = tmp.resolve("ws");
    WorkspaceSetup.init(ws, true, line -> {});
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("-w", ws.toString()));
    all.addAll(List.of(args));
    int code = DeskMain.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    assertThat(code).as(err.toString()).isEqualTo(0);
    return out.toString();
  }

  @Test
  void forecastTablePrintsTheSeedRows() {
    String table = run("estimates", "--as-of", "2024-12-02");
    // the table's own names (desk.yaml forecast_table), in the seed's order, under the names and the one scheme it
    // prints: code, name, rating, close, mcap (million HKD), EPS 2024E/2025E, PE 2024E/2025E as seed 000 prints them
    List<String> rows = table.lines().filter(l -> l.matches("^\\d{4}\\.HK.*")).toList();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).containsPattern("^0700\\.HK\\s+腾讯控股\\s+优于大市\\s+398\\.0\\s+HKD\\s+3,688,428\\s+24\\.1\\s+26\\.3\\s+CNY\\s+15\\s+14$");
    assertThat(rows.get(1)).containsPattern("^9999\\.HK\\s+网易-S\\s+优于大市\\s+134\\.4\\s+HKD\\s+431,529\\s+11\\.2\\s+12\\.0\\s+CNY\\s+11\\s+10$");
    assertThat(rows.get(2)).containsPattern("^3690\\.HK\\s+美团-W\\s+优于大市\\s+168\\.7\\s+HKD\\s+1,026,583\\s+7\\.1\\s+8\\.6\\s+CNY\\s+22\\s+18$");
    assertThat(rows.get(3)).containsPattern("^9988\\.HK\\s+阿里巴巴-SW\\s+优于大市\\s+83\\.7\\s+HKD\\s+1,599,221\\s+7\\.8\\s+8\\.5\\s+CNY\\s+10\\s+9$");
    assertThat(table).contains("ratings under 国信证券投资评级 (guosen)");
  }

  @Test
  void allListsEveryNameWithAForecastUnderTheTablesScheme() {
    String csv = run("estimates", "--as-of", "2024-12-02", "--all", "--format", "csv");
    assertThat(csv.lines().skip(1).count()).isEqualTo(14);
    // TME.N is rated 买入 under soochow; soochow.yaml maps 买入 (above +15%) to guosen 优于大市 (above +10%)
    String tme = csv.lines().filter(l -> l.startsWith("TME.N,")).findFirst().orElseThrow();
    assertThat(tme.split(",")[2]).isEqualTo("优于大市");
    assertThat(tme).endsWith(",guosen,");
  }

  @Test
  void lossMakingNamesPrintANegativePeOrNm() {
    String csv = run("estimates", "--as-of", "2024-12-02", "--all", "--format", "csv");
    assertThat(csv).startsWith("code,name,rating,close,currency,mcap_mn,eps_2024,eps_2025,eps_currency,pe_2024,pe_2025");
    String bili = csv.lines().filter(l -> l.startsWith("BILI.O,")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(bili.split(",")[9])).isNegative();
    String nm = run("estimates", "--as-of", "2024-12-02", "--all", "--nm", "--format", "csv");
    assertThat(nm.lines().filter(l -> l.startsWith("BILI.O,")).findFirst().orElseThrow().split(",")[9]).isEqualTo("NM");
    assertThat(nm.lines().filter(l -> l.startsWith("0700.HK,")).findFirst().orElseThrow().split(",")[9]).startsWith("15.");
  }

  @Test
  void forecastJsonCarriesTheContractFields() throws Exception {
    JsonNode root = new ObjectMapper().readTree(run("estimates", "--as-of", "2024-12-02", "--format", "json"));
    assertThat(root.get("as_of").asText()).isEqualTo("2024-12-02");
    JsonNode tencent = null;
    for (JsonNode r : root.get("rows")) {
      if (r.get("code").asText().equals("0700.HK")) {
        tencent = r;
      }
    }
    assertThat(tencent).isNotNull();
    for (String f : List.of("code", "name", "rating", "close", "currency", "mcap_mn", "eps", "pe")) {
      assertThat(tencent.has(f)).as(f).isTrue();
    }
    assertThat(tencent.get("eps").get(0).get("year").asInt()).isEqualTo(2024);
    assertThat(tencent.get("eps").get(0).get("currency").asText()).isEqualTo("CNY");
    assertThat(tencent.get("close").asDouble()).isEqualTo(398.0);
    double fx = tencent.get("pe").get(0).get("fx").asDouble();
    assertThat(fx).as("HKD/CNY on 2024-12-02 in the sample data").isCloseTo(0.9236, within(0.003));
    assertThat(tencent.get("pe").get(0).get("value").asDouble()).isCloseTo(398.0 * fx / 24.1, within(1e-9));
    assertThat(tencent.get("pe").get(1).get("value").asDouble()).isCloseTo(398.0 * fx / 26.3, within(1e-9));
  }

  @Test
  void ratingBookShowsEveryStatusAndTheContractFields() throws Exception {
    JsonNode root = new ObjectMapper().readTree(run("ratings", "score", "--format", "json"));
    assertThat(root.get("as_of").asText()).isEqualTo("2025-12-31");
    Set<String> statuses = new HashSet<>();
    boolean industry = false;
    for (JsonNode r : root.get("ratings")) {
      statuses.add(r.get("status").asText());
      industry |= r.get("code").asText().equals("801760.SI");
      for (String f : List.of("code", "date", "scheme", "tier", "benchmark", "excess_6m_pct", "excess_12m_pct",
          "realised_tier", "hit", "status")) {
        assertThat(r.has(f)).as(f).isTrue();
      }
    }
    assertThat(statuses).containsExactlyInAnyOrder("scored", "pending", "superseded", "delisted");
    assertThat(industry).isTrue();
    Set<String> schemes = new HashSet<>();
    for (JsonNode s : root.get("summary")) {
      schemes.add(s.get("scheme").asText());
      for (String f : List.of("scheme", "tier", "count", "scored", "hit_rate", "avg_excess_pct", "median_excess_pct")) {
        assertThat(s.has(f)).as(f).isTrue();
      }
    }
    assertThat(schemes).containsExactlyInAnyOrder("guosen", "soochow", "huaan", "mingchuan");
    assertThat(root.get("overall").get("count").asInt()).isEqualTo(73);
  }
}
