package org.sectordesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectordesk.web.SharedSampleWorkspace;
import org.sectordesk.web.WebDesk;

/**
 * Every page of the web desk in a real browser (headless chromium driven by Playwright), on the sample workspace:
 * it loads with no console error, its tables show what the JSON API answers, its charts are drawn, Chinese is
 * rendered in the desk's own font (and English with ?lang=en). Screenshots of every page go to
 * {@code target/browser/}, to be looked at.
 */
class BrowserDeskTest {
  static WebDesk web;
  static Chromium chromium;
  static final Path SHOTS = Path.of(System.getProperty("desk.screenshots", "target/browser"));
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  BrowserContext context;
  DeskPage page;

  @BeforeAll
  static void start() throws Exception {
    Path ws = SharedSampleWorkspace.get();
    web = WebDesk.start(ws, "127.0.0.1", 0, false);
    chromium = Chromium.launch();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (web != null) {
        web.close();
      }
    }
  }

  @BeforeEach
  void newPage() {
    context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900));
    page = new DeskPage(context.newPage(), "http://127.0.0.1:" + web.port());
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** A number the page printed with {@code dp} decimals ("—" for null) against the API's value. */
  static void sameNumber(String cell, JsonNode value, int dp, String what) {
    if (value == null || value.isNull()) {
      assertThat(cell).as(what).isEqualTo("—");
      return;
    }
    assertThat(cell).as(what).matches("-?[0-9,]+(\\.[0-9]+)?");
    String[] parts = cell.split("\\.");
    assertThat(parts.length == 1 ? 0 : parts[1].length()).as(what + " decimals").isEqualTo(dp);
    assertThat(Double.parseDouble(cell.replace(",", ""))).as(what).isCloseTo(value.asDouble(), within(0.5 * Math.pow(10, -dp) + 1e-9));
  }

  @Test
  void dashboardShowsTheReviewOfTheApi() throws Exception {
    page.open("/?month=2024-11", "dashboard-zh");
    JsonNode v = api("/api/review?month=2024-11");
    List<List<String>> t = page.tables().get(0);
    assertThat(t.get(0)).containsExactly("细分板块", "证券代码", "证券名称", "涨跌幅%", "与所在指数对比pct", "年初至今%", "收盘价", "市值(亿)");
    JsonNode rows = v.get("rows");
    assertThat(t).hasSize(rows.size() + 1);
    assertThat(rows.size()).isGreaterThan(10);
    for (int i = 0; i < rows.size(); i++) {
      JsonNode r = rows.get(i);
      List<String> cells = t.get(i + 1);
      String what = r.get("code").asText();
      assertThat(cells.get(1)).isEqualTo(r.get("code").asText());
      assertThat(cells.get(2)).startsWith(r.get("name").asText());
      sameNumber(cells.get(3), r.get("return_pct"), 1, what + " return");
      sameNumber(cells.get(4), r.get("vs_benchmark_pct"), 1, what + " vs benchmark");
      sameNumber(cells.get(5), r.get("ytd_pct"), 2, what + " ytd");
      sameNumber(cells.get(6), r.get("close"), 1, what + " close");
      sameNumber(cells.get(7), r.get("mcap_cny_yi"), 0, what + " mcap");
    }
    assertThat(page.text()).contains("区间 " + v.get("period").get("start").asText());
    page.assertChartsDrawn(1);
    page.assertChineseInTheDesksFont();
  }

  @Test
  void moversShowTheTopAndBottomOfTheApi() throws Exception {
    page.open("/movers?week=2024-09-02", "movers-zh");
    JsonNode v = api("/api/movers?market=HK&top=10&week=2024-09-02");
    List<List<List<String>>> t = page.tables();
    assertThat(t).hasSize(2);
    int k = 0;
    for (String side : List.of("top", "bottom")) {
      JsonNode rows = v.get(side);
      List<List<String>> table = t.get(k++);
      assertThat(table.get(0)).containsExactly("股票代码", "股票名称", "市值(亿)", "涨跌幅%");
      assertThat(table).hasSize(rows.size() + 1);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(table.get(i + 1).get(0)).isEqualTo(rows.get(i).get("code").asText());
        assertThat(table.get(i + 1).get(1)).isEqualTo(rows.get(i).get("name").asText());
        sameNumber(table.get(i + 1).get(2), rows.get(i).get("mcap_yi"), 2, side + " mcap");
        sameNumber(table.get(i + 1).get(3), rows.get(i).get("return_pct"), 1, side + " return");
      }
    }
    assertThat(v.get("top").size()).isPositive();
    page.assertChartsDrawn(1);
    page.assertChineseInTheDesksFont();
  }

  @Test
  void indicesShowTheReturnsAndTheValuationBands() throws Exception {
    page.open("/indices?month=2024-11", "indices-zh");
    JsonNode v = api("/api/indices?month=2024-11");
    List<List<String>> t = page.tables().get(0);
    assertThat(t.get(0)).containsExactly("代码", "指数", "涨跌幅%", "收盘");
    assertThat(t).hasSize(v.get("rows").size() + 1);
    for (int i = 0; i < v.get("rows").size(); i++) {
      JsonNode r = v.get("rows").get(i);
      assertThat(t.get(i + 1).get(0)).isEqualTo(r.get("code").asText());
      assertThat(t.get(i + 1).get(1)).isEqualTo(r.get("name").asText());
      sameNumber(t.get(i + 1).get(2), r.get("return_pct"), 2, r.get("code").asText());
      sameNumber(t.get(i + 1).get(3), r.get("close"), 2, r.get("code").asText());
    }
    JsonNode s = api("/api/valuation?code=HSTECH.HI");
    assertThat(page.text()).contains("PE-TTM " + String.format("%.2f", s.get("pe_ttm").asDouble()) + "x");
    page.assertChartsDrawn(1);
    page.assertChineseInTheDesksFont();
  }

  @Test
  void ratingBookShowsTheScorecards() throws Exception {
    page.open("/ratings", "ratings-zh");
    JsonNode v = api("/api/ratings");
    List<List<List<String>>> t = page.tables();
    assertThat(t.get(0).get(0)).containsExactly("体系", "对象", "评级", "数量", "已评分", "命中率%", "平均超额%");
    assertThat(t.get(0)).hasSize(v.get("summary").size() + 1);
    for (int i = 0; i < v.get("summary").size(); i++) {
      JsonNode r = v.get("summary").get(i);
      assertThat(t.get(0).get(i + 1).subList(0, 5)).containsExactly(r.get("scheme").asText(), r.get("target").asText(),
          r.get("tier").asText(), r.get("count").asText(), r.get("scored").asText());
      sameNumber(t.get(0).get(i + 1).get(6), r.get("avg_excess_pct"), 1, "avg excess");
    }
    assertThat(t.get(1)).hasSize(v.get("by_analyst").size() + 1);
    for (int i = 0; i < v.get("by_analyst").size(); i++) {
      assertThat(t.get(1).get(i + 1).get(0)).isEqualTo(v.get("by_analyst").get(i).get("analyst").asText());
    }
    page.assertChartsDrawn(1);
    page.assertChineseInTheDesksFont();
  }

  @Test
  void newsShowsTheDigestBySection() throws Exception {
    page.open("/news?month=2024-11", "news-zh");
    JsonNode v = api("/api/news/digest?month=2024-11");
    // the news page shows every section of the digest, empty ones included
    List<JsonNode> sections = new ArrayList<>();
    v.get("sections").forEach(sections::add);
    assertThat(sections.size()).isPositive();
    List<List<List<String>>> t = page.tables();
    assertThat(t).hasSize(sections.size());
    for (int i = 0; i < sections.size(); i++) {
      JsonNode entries = sections.get(i).get("entries");
      assertThat(page.text()).contains(sections.get(i).get("title").asText() + " (" + entries.size() + ")");
      assertThat(t.get(i)).hasSize(entries.size() + 1);
      for (int j = 0; j < entries.size(); j++) {
        assertThat(t.get(i).get(j + 1).get(2)).isEqualTo(entries.get(j).get("title").asText());
      }
    }
    page.assertChartsDrawn(1);
    page.assertChineseInTheDesksFont();
  }

  @Test
  void reportsListTheOutputFolder() throws Exception {
    Path out = web.outputDir();
    Files.createDirectories(out);
    Files.writeString(out.resolve("月报-2024-11.md"), "# 月报\n");
    page.open("/reports", "reports-zh");
    JsonNode v = api("/api/reports");
    List<String> links = page.linkTexts("main a");
    List<String> names = new ArrayList<>();
    v.get("files").forEach(f -> names.add(f.get("name").asText()));
    assertThat(links).containsExactlyElementsOf(names).contains("月报-2024-11.md");
    assertThat(page.text()).contains("生成");
    page.assertChineseInTheDesksFont();
  }

  @Test
  void securityPageDrawsThePriceAgainstItsBenchmark() throws Exception {
    page.open("/security/0700.HK", "security-zh");
    JsonNode v = api("/api/security?code=0700.HK");
    assertThat(page.text()).contains(v.get("name").asText());
    page.assertChartsDrawn(1);
    page.assertChineseInTheDesksFont();
  }

  @Test
  void dataStatusPageLoads() throws Exception {
    page.open("/status", "status-zh");
    assertThat(page.text()).contains("数据状态");
  }

  @Test
  void everyPageSpeaksEnglishWithLangEn() throws Exception {
    for (String p : List.of("dashboard", "movers", "indices", "ratings", "news", "reports", "status", "security/0700.HK")) {
      page.open((p.equals("dashboard") ? "/" : "/" + p) + "?lang=en", p.replace("/", "-") + "-en");
      assertThat(page.attribute("html", "lang")).isEqualTo("en");
      for (List<List<String>> table : page.tables()) {
        assertThat(String.join(" ", table.get(0))).as(p + " table head").doesNotContainPattern("\\p{IsHan}");
      }
      assertThat(page.heading()).as(p).doesNotContainPattern("\\p{IsHan}").isNotBlank();
    }
  }
}
