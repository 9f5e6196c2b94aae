package org.sectordesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.cli.DeskMain;
import org.sectordesk.desk.WorkspaceSetup;

/** The web desk's JSON API answers exactly as the CLI; its pages and security rules. */
class WebDeskTest {
  static Path ws;
  static WebDesk web;
  static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  /** API path → the CLI command line asking the same question. */
  static final Map<String, String> SAME_QUESTION = new LinkedHashMap<>();
  static final Map<String, String> CLI_JSON = new LinkedHashMap<>();

  static {
    SAME_QUESTION.put("/api/review?month=2024-11", "review --month 2024-11 --format json");
    SAME_QUESTION.put("/api/movers?market=HK&top=3&month=2024-11", "movers --market HK --top 3 --month 2024-11 --format json");
    SAME_QUESTION.put("/api/movers?list=a-media&top=10&week=2024-09-02", "movers --list a-media --top 10 --week 2024-09-02 --format json");
    SAME_QUESTION.put("/api/indices?codes=HSTECH.HI,IXIC.GI&month=2024-11", "indices --month 2024-11 HSTECH.HI IXIC.GI --format json");
    SAME_QUESTION.put("/api/indices?week=2024-09-02", "indices --week 2024-09-02 --format json");
    SAME_QUESTION.put("/api/valuation?code=HSTECH.HI&as_of=2024-12-02", "valuation HSTECH.HI --as-of 2024-12-02 --format json");
    SAME_QUESTION.put("/api/estimates?as_of=2024-12-02", "estimates --as-of 2024-12-02 --format json");
    SAME_QUESTION.put("/api/ratings?as_of=2025-12-31", "ratings score --as-of 2025-12-31 --format json");
    SAME_QUESTION.put("/api/ratings/list", "ratings list --format json");
    SAME_QUESTION.put("/api/news/digest?month=2025-11", "news digest --month 2025-11 --format json");
    SAME_QUESTION.put("/api/news/tracker?month=2025-11", "news tracker --month 2025-11 --format json");
    SAME_QUESTION.put("/api/announcements?week=2024-09-02", "announcements --week 2024-09-02 --format json");
    SAME_QUESTION.put("/api/status?as_of=2024-11-29", "status --as-of 2024-11-29 --format json");
    SAME_QUESTION.put("/api/ratings/list?code=0700.HK", "ratings list --code 0700.HK --format json");
    SAME_QUESTION.put("/api/news/digest?from=2025-11-01&to=2025-11-30&q=%E8%85%BE%E8%AE%AF",
        "news digest --from 2025-11-01 --to 2025-11-30 --search 腾讯 --format json");
    SAME_QUESTION.put("/api/news/digest?from=2025-11-01&to=2025-11-30&company=0700.HK&full=true",
        "news digest --from 2025-11-01 --to 2025-11-30 --company 0700.HK --full --format json");
  }

  @BeforeAll
  static void start() {
    ws = SharedSampleWorkspace.get();
    // the CLI's answers first: the server then holds the database
    SAME_QUESTION.forEach((api, cli) -> CLI_JSON.put(api, cli(cli)));
    web = WebDesk.start(ws, "127.0.0.1", 0, false);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  static String cli(String args) {
    StringWriter out = new StringWriter();
    List<String> all = new ArrayList<>(List.of("-w", ws.toString()));
    all.addAll(List.of(args.split(" ")));
    int code = DeskMain.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), all.toArray(String[]::new));
    assertThat(code).as(args).isZero();
    return out.toString();
  }

  static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void theApiReturnsExactlyTheCliJson() throws Exception {
    for (Map.Entry<String, String> e : CLI_JSON.entrySet()) {
      HttpResponse<String> r = get(e.getKey());
      assertThat(r.statusCode()).as(e.getKey() + ": " + r.body()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
      assertThat(r.body()).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  void failuresHaveTheirStatus() throws Exception {
    assertThat(get("/api/valuation?code=NOPE.HK").statusCode()).isEqualTo(404);
    assertThat(get("/api/movers?list=nope&week=2024-09-02").statusCode()).isEqualTo(404);
    HttpResponse<String> bad = get("/api/review?month=2024-13");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"error\" : \"bad_input\"");
    assertThat(get("/api/review").statusCode()).isEqualTo(400);
    assertThat(get("/api/movers?market=XX&week=2024-09-02").statusCode()).isEqualTo(400);
  }

  @Test
  void everyPageIsChineseByDefaultWithAStrictPolicy() throws Exception {
    Map<String, String> zh = Map.of("/", "行情总览", "/movers", "涨跌幅排行", "/indices", "指数与估值", "/ratings", "评级记录",
        "/news", "新闻", "/reports", "报告", "/status", "数据状态");
    for (Map.Entry<String, String> p : zh.entrySet()) {
      HttpResponse<String> r = get(p.getKey());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("<title>" + p.getValue()).contains("lang=\"zh-CN\"").doesNotContain("<script>");
      assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(WebDesk.CSP);
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
    assertThat(get("/?lang=en").body()).contains("<title>Dashboard").contains("lang=\"en\"");
    HttpResponse<String> echarts = get("/assets/echarts.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.body()).contains("echarts").hasSizeGreaterThan(500_000);
    assertThat(get("/assets/desk.js").body()).contains("textContent").doesNotContain("innerHTML");
  }

  @Test
  void downloadsComeOnlyFromTheOutputFolder() throws Exception {
    Files.createDirectories(ws.resolve(WebDesk.OUTPUT_DIR));
    Files.writeString(ws.resolve(WebDesk.OUTPUT_DIR).resolve("monthly-2024-11.md"), "# 月报\n");
    HttpResponse<String> ok = get("/reports/monthly-2024-11.md");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("# 月报\n");
    assertThat(ok.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
    for (String evil : List.of("/reports/..%2Fdesk.yaml", "/reports/%2E%2E%2Fdesk.yaml", "/reports/..%5Cdesk.yaml",
        "/reports/.hidden", "/reports/desk.yaml", "/reports/..", "/reports/%2Fetc%2Fpasswd")) {
      HttpResponse<String> r = get(evil);
      assertThat(r.statusCode()).as(evil).isIn(400, 403, 404);
      assertThat(r.body()).as(evil).doesNotContain("coverage").doesNotContain("root:");
    }
    assertThat(get("/api/reports").body()).contains("monthly-2024-11.md");
  }

  @Test
  void postsNeedTheCsrfTokenAndRequestsAreLimitedInSize() throws Exception {
    HttpRequest noToken = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/api/reports?kind=weekly&week=2024-09-02"))
        .POST(HttpRequest.BodyPublishers.noBody()).build();
    assertThat(HTTP.send(noToken, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    HttpRequest wrong = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/api/reports?kind=weekly&week=2024-09-02"))
        .header("X-CSRF-Token", "guess").POST(HttpRequest.BodyPublishers.noBody()).build();
    assertThat(HTTP.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    HttpRequest big = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/login"))
        .POST(HttpRequest.BodyPublishers.ofString("token=" + "x".repeat(100_000))).build();
    assertThat(HTTP.send(big, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void theSecurityChartRebasesTheNameAndItsBenchmarkAsTheReviewDoes() throws Exception {
    // from the last close before November: the last point is the month's return of the review, to the last digit
    JsonNode review = new ObjectMapper().readTree(CLI_JSON.get("/api/review?month=2024-11"));
    JsonNode row = null;
    for (JsonNode r : review.get("rows")) {
      if (r.get("code").asText().equals("0700.HK")) {
        row = r;
      }
    }
    assertThat(row).isNotNull();
    String benchmark = row.get("benchmark").asText();
    JsonNode benchmarkReturn = null;
    for (JsonNode b : review.get("benchmarks")) {
      if (b.get("code").asText().equals(benchmark)) {
        benchmarkReturn = b.get("return_pct");
      }
    }
    assertThat(benchmarkReturn).isNotNull();
    JsonNode v = json("/api/security?code=0700.HK&from=2024-10-31&to=2024-11-30");
    assertThat(v.get("name").asText()).isEqualTo("腾讯控股");
    assertThat(v.get("benchmark").asText()).isEqualTo(benchmark);
    assertThat(v.get("news_company").asText()).isEqualTo("tencent");
    JsonNode points = v.get("points");
    assertThat(points.get(0).get("date").asText()).isEqualTo("2024-10-31");
    assertThat(points.get(0).get("change_pct").asDouble()).isZero();
    JsonNode last = points.get(points.size() - 1);
    assertThat(last.get("date").asText()).isEqualTo(row.get("close_date").asText());
    assertThat(last.get("change_pct").toString()).isEqualTo(row.get("return_pct").toString());
    assertThat(last.get("benchmark_change_pct").toString()).isEqualTo(benchmarkReturn.toString());
    assertThat(last.get("close").asDouble()).isEqualTo(row.get("close").asDouble());
    // without a window: the whole stored history
    JsonNode all = json("/api/security?code=0700.HK");
    assertThat(all.get("from").asText()).isEqualTo(all.get("points").get(0).get("date").asText());
    assertThat(all.get("to").asText()).isEqualTo(all.get("data_through").asText());
    assertThat(get("/api/security?code=NOPE.HK").statusCode()).isEqualTo(404);
    assertThat(get("/api/security?code=0700.HK&from=2024-12-01&to=2024-11-01").statusCode()).isEqualTo(400);
    assertThat(get("/api/security").statusCode()).isEqualTo(400);
  }

  @Test
  void aRatingPathEndsOnItsScoredExcess() throws Exception {
    JsonNode book = new ObjectMapper().readTree(CLI_JSON.get("/api/ratings?as_of=2025-12-31"));
    int checked = 0;
    for (JsonNode r : book.get("ratings")) {
      if (!r.get("code").asText().equals("0700.HK")) {
        continue;
      }
      JsonNode path = json("/api/ratings/path?code=0700.HK&date=" + r.get("date").asText() + "&scheme="
          + r.get("scheme").asText() + "&as_of=2025-12-31");
      assertThat(path.get("rating")).isEqualTo(r);
      JsonNode points = path.get("points");
      assertThat(points.get(0).get("date").asText()).isEqualTo(r.get("date").asText());
      assertThat(points.get(0).get("excess_pct").asDouble()).isZero();
      JsonNode last = points.get(points.size() - 1);
      assertThat(last.get("date").asText()).isLessThanOrEqualTo(r.get("evaluated_to").asText());
      assertThat(last.get("excess_pct").toString()).as(r.toString()).isEqualTo(r.get("excess_pct").toString());
      assertThat(last.get("return_pct").toString()).isEqualTo(r.get("return_pct").toString());
      assertThat(last.get("benchmark_return_pct").toString()).isEqualTo(r.get("benchmark_return_pct").toString());
      checked++;
    }
    assertThat(checked).isEqualTo(5);
    assertThat(get("/api/ratings/path?code=0700.HK&date=2023-01-17").statusCode()).isEqualTo(404);
    assertThat(get("/api/ratings/path?code=0700.HK").statusCode()).isEqualTo(400);
  }

  @Test
  void newsSearchKeepsOnlyWhatItAsksFor() throws Exception {
    JsonNode hits = json("/api/news/digest?from=2025-11-01&to=2025-11-30&q=%E8%85%BE%E8%AE%AF&full=true");
    JsonNode all = json("/api/news/digest?from=2025-11-01&to=2025-11-30");
    assertThat(hits.get("items").asInt()).isPositive().isLessThan(all.get("items").asInt());
    int entries = 0;
    for (JsonNode s : hits.get("sections")) {
      for (JsonNode e : s.get("entries")) {
        assertThat(e.get("title").asText() + e.get("body").asText() + e.get("source").asText()).contains("腾讯");
        entries++;
      }
    }
    assertThat(entries).isPositive();
    // every word must occur: a word no story holds leaves nothing
    assertThat(json("/api/news/digest?from=2025-11-01&to=2025-11-30&q=%E8%85%BE%E8%AE%AF+zzzqqq").get("items").asInt()).isZero();
    // the date range: a day's window holds only that day's stories
    JsonNode day = json("/api/news/digest?from=2025-11-03&to=2025-11-03");
    for (JsonNode s : day.get("sections")) {
      for (JsonNode e : s.get("entries")) {
        assertThat(e.get("date").asText()).isEqualTo("2025-11-03");
      }
    }
    for (JsonNode s : json("/api/news/digest?from=2025-11-01&to=2025-11-30&company=0700.HK").get("sections")) {
      for (JsonNode e : s.get("entries")) {
        assertThat(e.get("company_ids").toString()).contains("tencent");
      }
    }
    assertThat(get("/api/news/digest?from=2025-11-01&to=2025-11-30&company=nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void theSecurityPageAndItsLinks() throws Exception {
    HttpResponse<String> page = get("/security/0700.HK");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>个股").contains("data-code=\"0700.HK\"").contains("lang=\"zh-CN\"");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(WebDesk.CSP);
    assertThat(get("/security/700.hk?lang=en").body()).contains("<title>Security").contains("data-code=\"0700.HK\"");
    assertThat(get("/security/NOPE.HK").statusCode()).isEqualTo(404);
    HttpResponse<String> evil = get("/security/%3Cscript%3E");
    assertThat(evil.statusCode()).isEqualTo(400);
    // the message names what was typed, as JSON text, never as a page
    assertThat(evil.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(evil.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    // the pages link to it: dashboard rows, ratings, status rows
    assertThat(get("/assets/desk.js").body()).contains("\"/security/\" + encodeURIComponent(code)");
  }

  @Test
  void reportsAreGeneratedFromThePageAndDownloadedInEveryFormat() throws Exception {
    String csrf = get("/reports").body().replaceAll("(?s).*name=\"csrf-token\" content=\"([^\"]+)\".*", "$1");
    HttpResponse<String> gen = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
        + "/api/reports?kind=weekly&week=2024-09-04")).header("X-CSRF-Token", csrf)
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(gen.statusCode()).as(gen.body()).isEqualTo(200);
    Map<String, String> magic = Map.of("docx", "PK", "xlsx", "PK", "pdf", "%PDF", "html", "<", "md", "#");
    for (Map.Entry<String, String> f : magic.entrySet()) {
      String name = "weekly-2024-09-02." + f.getKey();
      assertThat(ws.resolve(WebDesk.OUTPUT_DIR).resolve(name)).isRegularFile();
      assertThat(gen.body()).contains("\"" + name + "\"");
      assertThat(get("/api/reports").body()).contains("\"" + name + "\"");
      HttpResponse<byte[]> d = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/reports/" + name)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(d.statusCode()).isEqualTo(200);
      assertThat(d.body()).isEqualTo(Files.readAllBytes(ws.resolve(WebDesk.OUTPUT_DIR).resolve(name)));
      assertThat(new String(d.body(), 0, 8, StandardCharsets.ISO_8859_1).stripLeading()).startsWith(f.getValue());
    }
    String html = new String(Files.readAllBytes(ws.resolve(WebDesk.OUTPUT_DIR).resolve("weekly-2024-09-02.html")), StandardCharsets.UTF_8);
    assertThat(html).contains("周报");
  }

  @Test
  void aRemoteBindNeedsAToken(@TempDir Path other) throws Exception {
    Path w2 = other.resolve("ws");
    WorkspaceSetup.init(w2, false, line -> {});
    assertThatThrownBy(() -> WebDesk.start(w2, "0.0.0.0", 0, false)).hasMessageContaining("--new-token");
    String token = Tokens.create(w2);
    assertThat(Files.readString(w2.resolve(Tokens.FILE))).doesNotContain(token);
    try (WebDesk remote = WebDesk.start(w2, "0.0.0.0", 0, true)) {
      String base = "http://127.0.0.1:" + remote.port();
      HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/reports")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(none.statusCode()).isEqualTo(401);
      HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/reports"))
          .header("Authorization", "Bearer nope").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);
      HttpResponse<String> bearer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/reports"))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(bearer.statusCode()).isEqualTo(200);
      HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(302);
      HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build(), HttpResponse.BodyHandlers.ofString());
      String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
      HttpResponse<String> withCookie = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/"))
          .header("Cookie", cookie.split(";")[0]).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(withCookie.statusCode()).isEqualTo(200);
      // read-only: no report generation even with the CSRF token
      String csrf = withCookie.body().replaceAll("(?s).*name=\"csrf-token\" content=\"([^\"]+)\".*", "$1");
      HttpResponse<String> gen = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/reports?kind=weekly&week=2024-09-02"))
          .header("Cookie", cookie.split(";")[0]).header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(gen.statusCode()).isEqualTo(403);
      assertThat(gen.body()).contains("read-only");
      // the new endpoints and pages are behind the token too; a POST with the CSRF token but no login is refused
      for (String path : List.of("/api/status", "/api/security?code=0700.HK", "/api/ratings/path?code=0700.HK&date=2023-01-16",
          "/api/news/digest?month=2025-11&q=x")) {
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString())
            .statusCode()).as(path).isEqualTo(401);
      }
      assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/security/0700.HK")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(302);
      assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/reports?kind=weekly&week=2024-09-02"))
          .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString())
          .statusCode()).isEqualTo(401);
    }
  }
}
