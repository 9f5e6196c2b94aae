package org.sectordesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.Failure;
import org.sectordesk.desk.RefusedException;
import org.sectordesk.desk.MarketDesk;
import org.sectordesk.desk.ReportFormat;
import org.sectordesk.desk.ReportRequest;
import org.sectordesk.desk.json.DeskJson;
import org.sectordesk.domain.BadInputException;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.NotFoundException;
import org.sectordesk.report.Lang;
import org.sectordesk.workspace.Workspace;

/**
 * The web desk ({@code desk serve}): pages and a JSON API on the same {@link Desk} use cases as the CLI, each
 * request on its own unit of work. The API returns exactly the CLI's JSON for the same question.
 *
 * <p>Safety: binds to 127.0.0.1 unless told otherwise; any other address needs the workspace's token (bearer
 * header, or the login form's HttpOnly session cookie). Every response carries a strict Content-Security-Policy;
 * pages render data with {@code textContent} only; POSTs need the page's CSRF token; requests are limited in size;
 * report downloads come only from the workspace's output folder.
 */
public final class WebDesk implements AutoCloseable {
  /** Where reports generated through the web desk are written, inside the workspace. */
  public static final String OUTPUT_DIR = "reports";
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  static final long MAX_REQUEST_BYTES = 16 * 1024;
  private static final String SESSION_COOKIE = "desk_session";

  /** How long the database stays open after the last request, so that bursts of requests share one open. */
  static final Duration LINGER = Duration.ofMillis(1500);
  /** Answers kept per data version (the least recently asked leave first). */
  static final int CACHED_ANSWERS = 1024;

  private final Path dir;
  private final StoreHold hold;
  private final AnswerCache answers;
  private final boolean readOnly;
  private final boolean tokenRequired;
  private final String tokenHash;
  private final String csrf = Tokens.random();
  private final Set<String> sessions = ConcurrentHashMap.newKeySet();
  private final Path outputDir;
  private Javalin app;

  private WebDesk(Path dir, boolean readOnly, boolean tokenRequired, String tokenHash, Duration linger, int cachedAnswers) {
    this.dir = dir;
    this.answers = new AnswerCache(cachedAnswers);
    this.hold = new StoreHold(dir, linger);
    this.readOnly = readOnly;
    this.tokenRequired = tokenRequired;
    this.tokenHash = tokenHash;
    this.outputDir = dir.resolve(OUTPUT_DIR).toAbsolutePath().normalize();
  }

  /**
   * Starts the web desk on a workspace. A bind address other than loopback needs a token made with
   * {@code desk serve --new-token}; without one the server refuses to start.
   */
  public static WebDesk start(Path workspaceDir, String bind, int port, boolean readOnly) {
    return start(workspaceDir, bind, port, readOnly, LINGER);
  }

  /** As {@link #start(Path, String, int, boolean)}, keeping the database open {@code linger} after the last request. */
  public static WebDesk start(Path workspaceDir, String bind, int port, boolean readOnly, Duration linger) {
    return start(workspaceDir, bind, port, readOnly, linger, CACHED_ANSWERS);
  }

  /** With {@code cachedAnswers} 0 every request computes its answer: {@code bench web}'s baseline. */
  static WebDesk start(Path workspaceDir, String bind, int port, boolean readOnly, Duration linger, int cachedAnswers) {
    boolean loopback = isLoopback(bind);
    String hash = Tokens.storedHash(workspaceDir);
    if (!loopback && hash == null) {
      throw new BadInputException("binding to " + bind + " makes the desk reachable from other machines: make a token"
          + " first with  desk -w " + workspaceDir + " serve --new-token  (readers then log in with it)");
    }
    WebDesk w = new WebDesk(workspaceDir, readOnly, !loopback, hash, linger, cachedAnswers);
    try {
      w.hold.done(w.hold.unit());   // the workspace opens (desk.yaml and the database are sound) before serving
      w.app = w.build().start(bind, port);
      Files.writeString(workspaceDir.resolve(Workspace.SERVER_FILE), "pid " + ProcessHandle.current().pid()
          + ", http://" + bind + ":" + w.app.port() + "/\n", StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException e) {
      w.close();
      throw e instanceof RuntimeException re ? re : new UncheckedIOException((IOException) e);
    }
    return w;
  }

  public int port() {
    return app.port();
  }

  /** The workspace folder whose reports the desk lists, generates into and serves. */
  public Path outputDir() {
    return outputDir;
  }

  static boolean isLoopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new BadInputException("--bind " + bind + " is not an address of this machine");
    }
  }

  private Javalin build() {
    return Javalin.create(config -> {
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.startup.showJavalinBanner = false;
      config.routes.before(this::guard);
      config.routes.exception(Exception.class, (e, ctx) -> {
        Failure f = Failure.of(e);
        String message = f == Failure.INTERNAL ? "internal error: " + e : e.getMessage();
        if (f == Failure.INTERNAL) {
          e.printStackTrace();
        }
        ctx.status(f.httpStatus()).contentType("application/json; charset=utf-8")
            .result(DeskJson.bytes(new ApiError(f.name().toLowerCase(Locale.ROOT), message)));
      });
      // pages
      for (String page : Pages.ALL) {
        config.routes.get(page.equals("dashboard") ? "/" : "/" + page, ctx -> page(ctx, page));
      }
      config.routes.get("/security/{code}", this::securityPage);
      config.routes.get("/login", ctx -> page(ctx, "login"));
      config.routes.post("/login", this::login);
      config.routes.get("/assets/{name}", this::asset);
      // API: exactly the CLI's JSON
      config.routes.get("/api/review", ctx -> json(ctx, d -> d.review(QueryPeriod.of(ctx))));
      config.routes.get("/api/movers", ctx -> json(ctx, d -> d.movers(scope(ctx), QueryPeriod.of(ctx), top(ctx))));
      config.routes.get("/api/indices", ctx -> json(ctx, d -> d.indices(codes(ctx), QueryPeriod.of(ctx))));
      config.routes.get("/api/valuation", ctx -> json(ctx, d -> d.valuation(required(ctx, "code"), QueryPeriod.date(ctx, "as_of"))));
      config.routes.get("/api/estimates", ctx -> json(ctx, d -> d.forecastTable(QueryPeriod.date(ctx, "as_of"), null, null)));
      config.routes.get("/api/ratings", ctx -> json(ctx, d -> d.ratings(QueryPeriod.date(ctx, "as_of"),
          ctx.queryParam("scheme"), ctx.queryParam("analyst"))));
      config.routes.get("/api/ratings/list", ctx -> json(ctx, d -> ctx.queryParam("code") == null
          ? d.ratingList(ctx.queryParam("scheme"), ctx.queryParam("analyst"))
          : d.ratingList(ctx.queryParam("scheme"), ctx.queryParam("analyst"), ctx.queryParam("code"))));
      config.routes.get("/api/ratings/path", ctx -> json(ctx, d -> d.ratingPath(required(ctx, "code"),
          QueryPeriod.requiredDate(ctx, "date"), ctx.queryParam("scheme"), QueryPeriod.date(ctx, "as_of"))));
      config.routes.get("/api/news/digest", ctx -> json(ctx, d -> ctx.queryParam("q") == null && ctx.queryParam("company") == null
          ? d.newsDigest(QueryPeriod.of(ctx), "true".equals(ctx.queryParam("full")))
          : d.newsDigest(QueryPeriod.of(ctx), "true".equals(ctx.queryParam("full")), ctx.queryParam("q"), ctx.queryParam("company"))));
      config.routes.get("/api/status", ctx -> json(ctx, d -> d.status(QueryPeriod.date(ctx, "as_of") != null
          ? QueryPeriod.date(ctx, "as_of") : java.time.LocalDate.now(java.time.ZoneOffset.UTC))));
      config.routes.get("/api/security", ctx -> json(ctx, d -> d.security(required(ctx, "code"),
          QueryPeriod.date(ctx, "from"), QueryPeriod.date(ctx, "to"))));
      config.routes.get("/api/news/tracker", ctx -> json(ctx, d -> d.newsTracker(QueryPeriod.of(ctx))));
      config.routes.get("/api/announcements", ctx -> json(ctx, d -> d.announcements(QueryPeriod.of(ctx), "true".equals(ctx.queryParam("all")))));
      config.routes.get("/api/valuation/series", ctx -> json(ctx, d -> new SeriesView(d.market().valuationSeries(required(ctx, "code")))));
      config.routes.get("/api/reports", ctx -> ctx.contentType("application/json; charset=utf-8").result(DeskJson.bytes(reportList())));
      config.routes.post("/api/reports", this::generate);
      config.routes.get("/reports/{name}", this::download);
    });
  }

  /** Security headers on every response; the token where one is required; CSRF on every POST. */
  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    String len = ctx.header("Content-Length");
    if (len != null && Long.parseLong(len.trim()) > MAX_REQUEST_BYTES) {
      throw new RequestTooLarge();
    }
    String path = ctx.path();
    boolean open = path.equals("/login") || path.startsWith("/assets/");
    if (tokenRequired && !open && !authenticated(ctx)) {
      if (path.startsWith("/api/") || !ctx.method().name().equals("GET")) {
        throw new Unauthorized();
      }
      ctx.redirect("/login");
      ctx.skipRemainingHandlers();
      return;
    }
    if (ctx.method().name().equals("POST") && !path.equals("/login") && !csrf.equals(ctx.header("X-CSRF-Token"))) {
      throw new Forbidden("missing or wrong CSRF token");
    }
  }

  private boolean authenticated(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.startsWith("Bearer ") && Tokens.matches(auth.substring(7).trim(), tokenHash)) {
      return true;
    }
    String session = ctx.cookie(SESSION_COOKIE);
    return session != null && sessions.contains(session);
  }

  private void login(Context ctx) {
    if (!Tokens.matches(ctx.formParam("token"), tokenHash)) {
      ctx.status(401);
      page(ctx, "login");
      return;
    }
    String session = Tokens.random();
    sessions.add(session);
    ctx.header("Set-Cookie", SESSION_COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict");
    ctx.redirect("/");
  }

  private void page(Context ctx, String page) {
    page(ctx, page, null);
  }

  private void page(Context ctx, String page, String code) {
    Lang lang = "en".equals(ctx.queryParam("lang")) ? Lang.EN : Lang.ZH;
    ctx.contentType("text/html; charset=utf-8").result(Pages.render(page, lang, csrf, readOnly, code));
  }

  /** A security's page: only a code the workspace knows; the page then reads the API. */
  private void securityPage(Context ctx) {
    String code;
    Desk unit = hold.unit();
    try {
      code = unit.security(ctx.pathParam("code")).code();
    } finally {
      hold.done(unit);
    }
    page(ctx, "security", code);
  }

  private void asset(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    String resource = switch (name) {
      case "echarts.min.js" -> "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
      case "desk.js", "desk.css" -> "/org/sectordesk/web/" + name;
      // the report font (Noto Sans SC, OFL) the build bundles: Chinese renders without any system font
      case "NotoSansSC.ttf" -> "/org/sectordesk/report/fonts/NotoSansSC_400Regular.ttf";
      default -> throw new NotFoundException("no asset " + name);
    };
    try (InputStream in = WebDesk.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the build");
      }
      ctx.header("Cache-Control", "max-age=3600");
      ctx.contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : name.endsWith(".ttf") ? "font/ttf"
          : "text/javascript; charset=utf-8")
          .result(in.readAllBytes());
    }
  }

  /**
   * An API answer: the bytes already given to the same question on the same data version, or computed on a unit of
   * work (a desk on its own connection) and written by the one mapper.
   */
  private void json(Context ctx, Function<Desk, Object> useCase) {
    // today's date is part of the version: an answer without an explicit date (/api/status) is asked of today
    Object version = List.of(hold.dataVersion(), java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    byte[] body = answers.answer(question(ctx), version, () -> {
      Desk unit = hold.unit();
      try {
        return DeskJson.bytes(useCase.apply(unit));
      } finally {
        hold.done(unit);
      }
    });
    // written straight to the response with its length: no copy through Javalin's result stream, no chunks
    ctx.status(200).contentType("application/json; charset=utf-8");
    ctx.res().setContentLength(body.length);
    try {
      ctx.res().getOutputStream().write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The question of a request: its path and parameters, in a canonical order. */
  static String question(Context ctx) {
    StringBuilder q = new StringBuilder(ctx.path()).append('?');
    new TreeMap<>(ctx.queryParamMap()).forEach((k, vs) -> vs.forEach(v -> q.append(k).append('=').append(v).append('\u0000')));
    return q.toString();
  }

  private static MarketDesk.MoversScope scope(Context ctx) {
    String market = ctx.queryParam("market");
    if (market != null) {
      try {
        return MarketDesk.MoversScope.ofMarket(Market.valueOf(market.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("market must be one of " + Arrays.toString(Market.values()) + ", got '" + market + "'");
      }
    }
    return MarketDesk.MoversScope.ofWatchList(required(ctx, "list"));
  }

  private static int top(Context ctx) {
    String t = ctx.queryParam("top");
    try {
      return t == null ? 10 : Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new BadInputException("top must be a whole number, got '" + t + "'");
    }
  }

  private static List<String> codes(Context ctx) {
    String c = ctx.queryParam("codes");
    return c == null || c.isBlank() ? List.of() : Arrays.stream(c.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw new BadInputException("the parameter " + name + " is required");
    }
    return v;
  }

  private ReportListView reportList() {
    List<ReportListView.File> files = new ArrayList<>();
    if (Files.isDirectory(outputDir)) {
      try (Stream<Path> s = Files.list(outputDir)) {
        s.filter(Files::isRegularFile).sorted().forEach(p -> {
          try {
            files.add(new ReportListView.File(p.getFileName().toString(), Files.size(p)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ReportListView(OUTPUT_DIR, files);
  }

  private void generate(Context ctx) {
    if (readOnly) {
      throw new Forbidden("the desk is serving read-only (--read-only): reports cannot be generated here");
    }
    String kind = required(ctx, "kind");
    Lang lang = "en".equals(ctx.queryParam("lang")) ? Lang.EN : Lang.ZH;
    ReportRequest r;
    try {
      r = kind.equals("monthly") ? ReportRequest.monthly(YearMonth.parse(required(ctx, "month")), lang)
          : ReportRequest.weekly(java.time.LocalDate.parse(required(ctx, "week")), lang);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadInputException("bad date: " + e.getParsedString(), e);
    }
    Set<ReportFormat> formats = ReportFormat.parseList(ctx.queryParam("formats") == null ? "docx,pdf,html,md,xlsx" : ctx.queryParam("formats"));
    Desk unit = hold.unit();
    try {
      unit.writeReport(r, formats, outputDir, null);
    } finally {
      hold.done(unit);
    }
    ctx.contentType("application/json; charset=utf-8").result(DeskJson.bytes(reportList()));
  }

  /** A file of the output folder, by its bare name: no path separators, no way out of the folder. */
  private void download(Context ctx) {
    String name = ctx.pathParam("name");
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")) {
      throw new Forbidden("report names are bare file names of the output folder");
    }
    Path file = outputDir.resolve(name).normalize();
    if (!file.getParent().equals(outputDir) || !Files.isRegularFile(file)) {
      throw new NotFoundException("no report " + name + " in the output folder");
    }
    ReportFormat f = Arrays.stream(ReportFormat.values()).filter(x -> name.endsWith("." + x.extension())).findFirst()
        .orElseThrow(() -> new NotFoundException("no report " + name + " in the output folder"));
    try {
      ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
      ctx.contentType(mime(f)).result(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String mime(ReportFormat f) {
    return switch (f) {
      case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case PDF -> "application/pdf";
      case HTML -> "text/html; charset=utf-8";
      case MD -> "text/markdown; charset=utf-8";
      case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    };
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
    try {
      Files.deleteIfExists(dir.resolve(Workspace.SERVER_FILE));
    } catch (IOException e) {
      // the note only helps messages; a stale one says "was serving"
    }
    hold.close();
  }

  /** The body of a failed API call. */
  record ApiError(String error, String message) {}

  /** The reports in the output folder. */
  record ReportListView(String folder, List<File> files) {
    record File(String name, long bytes) {}
  }

  /** A PE-TTM series for the valuation chart. */
  record SeriesView(List<org.sectordesk.domain.ValuationPoint> points) {}

  static final class Unauthorized extends RefusedException {
    Unauthorized() {
      super(Failure.UNAUTHORIZED, "this desk needs its token: send Authorization: Bearer TOKEN, or log in at /login");
    }
  }

  static final class Forbidden extends RefusedException {
    Forbidden(String m) {
      super(Failure.FORBIDDEN, m);
    }
  }

  static final class RequestTooLarge extends RefusedException {
    RequestTooLarge() {
      super(Failure.TOO_LARGE, "request too large (limit " + MAX_REQUEST_BYTES + " bytes)");
    }
  }
}
