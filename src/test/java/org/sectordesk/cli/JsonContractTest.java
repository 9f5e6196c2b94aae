package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectordesk.desk.WorkspaceSetup;

/**
 * The CLI's JSON is the contract the README documents: every command prints, on the SAMPLE workspace, every field
 * it printed before the contract moved into the desk's view records, with the same value (json-contract/README.md).
 */
class JsonContractTest {
  private static final ObjectMapper READER = new ObjectMapper();
  @TempDir static Path tmp;
  static Path ws;

  @BeforeAll
  static void createSampleWorkspace() {
    ws = tmp.resolve("ws");
    WorkspaceSetup.init(ws, true, line -> {});
  }

  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DeskMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  static String runOnSample(String args) {
    List<String> all = new ArrayList<>(List.of("-w", ws.toString()));
    all.addAll(List.of(args.split(" ")));
    return run(all.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "review_month|review --month 2024-11 --format json",
      "review_week|review --week 2024-09-02 --format json",
      "movers_hk|movers --market HK --top 3 --month 2024-11 --format json",
      "movers_list|movers --list a-media --top 10 --week 2024-09-02 --format json",
      "indices_codes|indices --month 2024-11 HSTECH.HI IXIC.GI QNET.GI --format json",
      "indices_all|indices --week 2024-09-02 --format json",
      "valuation|valuation HSTECH.HI --as-of 2024-12-02 --format json",
      "estimates|estimates --as-of 2024-12-02 --format json",
      "ratings_score|ratings score --as-of 2025-12-31 --format json",
      "ratings_list|ratings list --format json",
      "news_digest|news digest --month 2025-11 --format json",
      "news_tracker|news tracker --month 2025-11 --format json",
      "announcements|announcements --week 2024-09-02 --format json",
      "announcements_all|announcements --week 2024-09-02 --all --format json"})
  void commandPrintsTheDocumentedJson(String name, String args) throws IOException {
    String json = runOnSample(args);
    assertSameContract(name, golden(name), READER.readTree(json), "$");
  }

  @Test
  void newsEvalPrintsTheDocumentedJson() throws IOException {
    Path file = Path.of("src/test/resources/org/sectordesk/desk/labelled-small.jsonl");
    assertSameContract("news_eval", golden("news_eval"), READER.readTree(run("news", "eval", file.toString(), "--format", "json")), "$");
  }

  @Test
  void fullDigestAddsOnlyTheBody() throws IOException {
    JsonNode full = READER.readTree(runOnSample("news digest --month 2025-11 --full --format json"));
    int bodies = 0;
    for (JsonNode s : full.get("sections")) {
      for (JsonNode e : s.get("entries")) {
        assertThat(e.get("body").asText()).isNotBlank();
        ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove("body");
        bodies++;
      }
    }
    assertThat(bodies).isGreaterThan(50);
    assertSameContract("news_digest", golden("news_digest"), full, "$");
  }

  @Test
  void periodsPrintStartBeforeEndEveryTime() {
    String json = runOnSample("review --month 2024-11 --format json");
    assertThat(json).startsWith("{\n  \"period\" : {\n    \"start\" : \"2024-11-01\",\n    \"end\" : \"2024-11-30\"\n  },");
    assertThat(runOnSample("review --month 2024-11 --format json")).isEqualTo(json);
  }

  private static JsonNode golden(String name) throws IOException {
    try (InputStream in = JsonContractTest.class.getResourceAsStream("json-contract/" + name + ".json")) {
      assertThat(in).as("golden file " + name).isNotNull();
      return READER.readTree(in);
    }
  }

  /** Every field of {@code expected} is in {@code actual} with an equal value; arrays have the same length. */
  static void assertSameContract(String name, JsonNode expected, JsonNode actual, String path) {
    if (actual == null) {
      fail(name + ": " + path + " is missing");
    }
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(name + ": " + path + " is an object").isTrue();
      Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        assertSameContract(name, f.getValue(), actual.get(f.getKey()), path + "." + f.getKey());
      }
    } else if (expected.isArray()) {
      assertThat(actual.isArray()).as(name + ": " + path + " is an array").isTrue();
      assertThat(actual.size()).as(name + ": length of " + path).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSameContract(name, expected.get(i), actual.get(i), path + "[" + i + "]");
      }
    } else if (expected.isNumber() && actual.isNumber() && path.endsWith("_pct") && name.startsWith("ratings")) {
      // the documented fix: exact decimal shift instead of × 100 in binary floating point
      double e = expected.asDouble();
      double a = actual.asDouble();
      assertThat(Math.abs(a - e)).as(name + ": " + path).isLessThanOrEqualTo(Math.ulp(e) * 4);
    } else if (expected.isNumber()) {
      assertThat(actual.isNumber()).as(name + ": " + path + " is a number").isTrue();
      assertThat(actual.asDouble()).as(name + ": " + path).isEqualTo(expected.asDouble());
    } else {
      assertThat(actual).as(name + ": " + path).isEqualTo(expected);
    }
  }
}
