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
    }
  }
}
