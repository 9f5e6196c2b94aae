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
    assertThat(table).contains("评级体系：国信证券投资评级（guosen）");
    assertThat(run("estimates", "--as-of", "2024-12-02", "--lang", "en")).contains("ratings under 国信证券投资评级 (guosen)");
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

  private static String first(String text) {
    return text.lines().findFirst().orElseThrow();
  }

  private static String lineStarting(String text, String prefix) {
    return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(
        "no line starting with " + prefix + " in\n" + text));
  }

  @Test
  void forecastTableIsChineseByDefaultAndEnglishWithLangEnWithTheSameRows() {
    String zh = run("estimates", "--as-of", "2024-12-02");
    String en = run("estimates", "--as-of", "2024-12-02", "--lang", "en");
    assertThat(first(zh)).startsWith("重点公司盈利预测及投资评级 — 截至 2024-12-02").doesNotContainPattern("[A-Za-z]{3,}\\s");
    assertThat(first(en)).startsWith("Earnings forecasts and ratings of key companies — as of 2024-12-02");
    assertThat(lineStarting(zh, "公司代码")).contains("公司名称", "总市值(百万)", "EPS 2024E", "EPS货币", "PE 2025E");
    assertThat(lineStarting(en, "Code")).contains("Name", "Rating", "Mkt cap (mn)", "EPS 2024E", "EPS currency", "PE 2025E")
        .doesNotContainPattern("\\p{IsHan}");
    assertThat(zh).doesNotContain("as of", "Mkt cap", "EPS currency");
    assertThat(en).doesNotContain("截至", "公司代码", "EPS货币");
    // only the words change: the rows (data) are the same
    java.util.function.Function<String, List<String>> rows = text -> text.lines().filter(l -> l.matches("[0-9A-Z]+\\.[A-Z]+\\s.*"))
        .map(l -> l.strip().replaceAll("\\s+", " ")).toList();
    assertThat(rows.apply(en)).hasSize(4).isEqualTo(rows.apply(zh));
    assertThat(run("estimates", "--as-of", "2024-12-02", "--format", "json", "--lang", "en"))
        .isEqualTo(run("estimates", "--as-of", "2024-12-02", "--format", "json"));
    assertThat(run("estimates", "--as-of", "2024-12-02", "--format", "csv", "--lang", "en"))
        .isEqualTo(run("estimates", "--as-of", "2024-12-02", "--format", "csv"));
  }

  @Test
  void ratingBookTablesAreChineseByDefaultAndEnglishWithLangEnStatusWordsIncluded() {
    String zh = run("ratings", "score");
    String en = run("ratings", "score", "--lang", "en");
    assertThat(first(zh)).isEqualTo("评级回测 — 截至 2025-12-31");
    assertThat(first(en)).isEqualTo("Rating book — scored as of 2025-12-31");
    assertThat(zh).contains("按评级体系与发布评级", "按分析师", "按发布年份", "发布评级（行）与实现评级（列）：", "评级明细（超额收益 %，相对基准）");
    assertThat(lineStarting(zh, "体系")).contains("对象", "数量", "已评分", "命中率 %", "未到期 %");
    assertThat(lineStarting(zh, "日期")).contains("代码", "基准", "6个月", "实现评级", "命中", "状态");
    // every status of the sample book, in words of the language
    assertThat(zh).contains("已评分", "未到期", "已被替代", "已退市", "未命中")
        .doesNotContainPattern("\\b(scored|pending|superseded|delisted|hit|miss|count|analyst|Rating book|as of)\\b");
    assertThat(en).contains("By scheme and published tier", "By analyst", "By year of publication",
            "Ratings (excess in %, vs the benchmark)", " scored ", " pending", " superseded", " delisted", " hit ", " miss ")
        .doesNotContain("已评分", "未到期", "已被替代", "已退市", "未命中", "截至", "按分析师", "数量", "状态");
    assertThat(lineStarting(en, "date")).doesNotContainPattern("\\p{IsHan}");
    String summary = run("ratings", "score", "--summary-only");
    assertThat(summary).contains("按评级体系与发布评级").doesNotContain("评级明细");

    String list = run("ratings", "list");
    String listEn = run("ratings", "list", "--lang", "en");
    assertThat(list.lines().reduce((a, b) -> b).orElseThrow()).matches("共 \\d+ 条评级");
    assertThat(listEn.lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ ratings");
    assertThat(first(list)).startsWith("日期").contains("被替代日", "报告标题");
    assertThat(first(listEn)).startsWith("Date").contains("Replaced on", "Title").doesNotContainPattern("\\p{IsHan}");
    assertThat(run("ratings", "score", "--format", "json", "--lang", "en")).isEqualTo(run("ratings", "score", "--format", "json"));
    assertThat(run("ratings", "score", "--format", "csv", "--lang", "en")).isEqualTo(run("ratings", "score", "--format", "csv"));
  }

  @Test
  void newsDigestAndTrackerAreChineseByDefaultAndEnglishWithLangEn() {
    String zh = run("news", "digest", "--month", "2025-11");
    String en = run("news", "digest", "--month", "2025-11", "--lang", "en");
    assertThat(first(zh)).matches("新闻 2025-11-01 至 2025-11-30：共 \\d+ 条，合并近似重复 \\d+ 条");
    assertThat(first(en)).matches("News 2025-11-01 to 2025-11-30: \\d+ items, \\d+ near-duplicates folded");
    assertThat(zh).containsPattern("== 人工智能动态：\\d+ 条 ==").containsPattern("== 公司新闻：\\d+ 条 ==")
        .doesNotContain("items", "near-duplicates", "duplicate", " (ai)");
    assertThat(en).containsPattern("== AI \\(ai\\): \\d+ ==").containsPattern("== Company news \\(other\\): \\d+ ==")
        .doesNotContain("人工智能动态", "公司新闻", "条 ==", "重复）");
    // section headings: one language each (the stories' titles are data and stay as written)
    assertThat(zh.lines().filter(l -> l.startsWith("==")).toList()).hasSize(8)
        .allSatisfy(l -> assertThat(l).doesNotContainPattern("[A-Za-z]"));
    assertThat(en.lines().filter(l -> l.startsWith("==")).toList()).hasSize(8)
        .allSatisfy(l -> assertThat(l).doesNotContainPattern("\\p{IsHan}"));
    assertThat(lineStarting(zh, "日期")).contains("公司", "标题", "来源");
    assertThat(lineStarting(en, "Date")).contains("ID", "Company", "Title", "Source");
    // the headings of the two languages are the only difference
    assertThat(en.lines().count()).isEqualTo(zh.lines().count());

    String full = run("news", "digest", "--month", "2025-11", "--full");
    String fullEn = run("news", "digest", "--month", "2025-11", "--full", "--lang", "en");
    assertThat(full).contains("    来源：").doesNotContain("Source: ");
    assertThat(fullEn).contains("    Source: ").doesNotContain("    来源").containsPattern("\\n    2025-11-\\d\\d: ");

    String tracker = run("news", "tracker", "--month", "2025-11");
    String trackerEn = run("news", "tracker", "--month", "2025-11", "--lang", "en");
    assertThat(first(tracker)).matches("A股AI应用跟踪 2025-11-01 至 2025-11-30：共 [1-9]\\d* 条");
    assertThat(first(trackerEn)).matches("A-share AI application tracker, 2025-11-01 to 2025-11-30: [1-9]\\d* events");
    assertThat(lineStarting(tracker, "公司名称")).contains("股票代码", "涉及模型");
    assertThat(lineStarting(trackerEn, "Company")).contains("Code", "Date", "Event", "Models").doesNotContainPattern("\\p{IsHan}");
    assertThat(run("news", "digest", "--month", "2025-11", "--format", "json", "--lang", "en"))
        .isEqualTo(run("news", "digest", "--month", "2025-11", "--format", "json"));
    assertThat(run("news", "tracker", "--month", "2025-11", "--format", "json", "--lang", "en"))
        .isEqualTo(run("news", "tracker", "--month", "2025-11", "--format", "json"));
  }
}
