package org.sectordesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.web.WebDesk;

/**
 * The web desk and the CLI on one workspace, each CLI command in a JVM of its own as the launcher runs it: reads
 * run beside a serving desk; an import runs once the desk is idle (and the desk then answers from the new data,
 * its cached answers dropped); an import meeting a busy desk says the desk holds the workspace.
 */
class WebDeskBesideTheCliTest {
  @TempDir static Path dir;
  static Path ws;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void workspace() throws Exception {
    ws = DeskRun.seededWorkspace(dir);
  }

  record Done(int code, String out, String err) {}

  static Done cli(Map<String, String> properties, String... args) throws Exception {
    Process p = Subprocess.start(ws, properties, args);
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("desk " + String.join(" ", args) + " did not finish");
    }
    return new Done(p.exitValue(), out, err);
  }

  static String get(WebDesk web, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  @Test
  void cliReadsRunBesideABusyDeskAndAnImportSaysTheDeskHoldsTheWorkspace() throws Exception {
    // a desk that keeps the database open long after each request: as busy as one serving many readers
    try (WebDesk web = WebDesk.start(ws, "127.0.0.1", 0, false, Duration.ofMinutes(10))) {
      String api = get(web, "/api/review?month=2024-11");
      Done read = cli(Map.of("sectordesk.lock.wait", "0"), "review", "--month", "2024-11", "--format", "json");
      assertThat(read.code()).as(read.err()).isZero();
      assertThat(read.out()).isEqualTo(api);

      Path later = DeskRun.fixture("later-bars.csv", dir.resolve("seed"));
      Done imp = cli(Map.of("sectordesk.lock.wait", "1"), "import", "bars", later.toString());
      assertThat(imp.code()).as(imp.out() + imp.err()).isEqualTo(4);
      assertThat(imp.err()).contains("The web desk is serving this workspace").contains("http://127.0.0.1:" + web.port())
          .contains("stop the desk");
      // nothing changed: the desk still gives its answer
      assertThat(get(web, "/api/review?month=2024-11")).isEqualTo(api);
    }
  }

  @Test
  void anImportRunsWhenTheDeskIsIdleAndTheDeskThenAnswersFromTheNewData() throws Exception {
    try (WebDesk web = WebDesk.start(ws, "127.0.0.1", 0, false, Duration.ofMillis(200))) {
      String before = get(web, "/api/review?month=2024-11");
      assertThat(get(web, "/api/review?month=2024-11")).isEqualTo(before);
      assertThat(before).contains("\"code\" : \"BILI.O\"");

      Path later = dir.resolve("seed").resolve("later-bars-2.csv");
      java.nio.file.Files.copy(DeskRun.fixture("later-bars.csv", java.nio.file.Files.createTempDirectory(dir, "f")), later);
      Done imp = cli(Map.of(), "import", "bars", later.toString());
      assertThat(imp.code()).as(imp.out() + imp.err()).isZero();

      String after = get(web, "/api/review?month=2024-11");
      assertThat(after).isNotEqualTo(before);
      // the CLI's answer on the new data (in this JVM: it shares the desk's read-only database)
      DeskRun.Result cliAfter = DeskRun.run(ws, "review", "--month", "2024-11", "--format", "json");
      assertThat(cliAfter.code()).as(cliAfter.err()).isZero();
      assertThat(after).isEqualTo(cliAfter.out());
    }
  }
}
