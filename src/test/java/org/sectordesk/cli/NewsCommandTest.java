package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return DeskMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  static String fixture(String name) throws URISyntaxException {
    return Path.of(NewsCommandTest.class.getResource("/org/sectordesk/desk/" + name).toURI()).toString();
  }

  @Test
  void evalPrintsTheContractJsonWithTheShippedDefaults() throws Exception {
    assertThat(run("news", "eval", fixture("labelled-small.jsonl"), "--format", "json")).as(err.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(out.toString());
    List<String> fields = new ArrayList<>();
    j.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).contains("n", "section_accuracy", "company_accuracy", "confusion", "items");
    assertThat(j.get("n").asInt()).isEqualTo(4);
    assertThat(j.get("section_accuracy").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("company_n").asInt()).isEqualTo(2);
    assertThat(j.get("confusion").get("ai").get("ai").asInt() + j.get("confusion").get("ai").get("other").asInt())
        .isLessThanOrEqualTo(1);
    JsonNode item = j.get("items").get(0);
    List<String> itemFields = new ArrayList<>();
    item.fieldNames().forEachRemaining(itemFields::add);
    assertThat(itemFields).containsExactly("section", "predicted_section", "company", "predicted_company");
    assertThat(item.get("company").asText()).isEqualTo("腾讯");
    assertThat(item.get("predicted_company").asText()).isEqualTo("腾讯");
    assertThat(j.get("items").get(1).get("company").isNull()).isTrue();
    assertThat(j.get("items").get(2).get("predicted_company").asText()).isEqualTo("阿里巴巴");
    assertThat(j.get("company_accuracy").asDouble()).isEqualTo(1.0);
  }

  @Test
  void aBadLabelledFileIsRejectedNamingTheLine() throws Exception {
    assertThat(run("news", "eval", fixture("labelled-bad-section.jsonl"))).isEqualTo(ExitCodes.DATA_PROBLEM);
    assertThat(err.toString()).contains("labelled-bad-section.jsonl:2 [section] section 'sports' is not one of");
  }

  @Test
  void importDigestAndAnnouncementsThroughTheCommandLine(@TempDir Path dir) throws Exception {
    String ws = dir.resolve("ws").toString();
    assertThat(run("init", ws)).isZero();
    assertThat(run("-w", ws, "news", "import", fixture("news-one-bad-date.jsonl"))).isEqualTo(ExitCodes.DATA_PROBLEM);
    assertThat(err.toString()).contains("news-one-bad-date.jsonl:2 [published] '2025-13-01' is not a date");
    assertThat(run("-w", ws, "news", "import", fixture("news-month.jsonl"), "--period", "2025-11")).isZero();
    assertThat(out.toString()).contains("5 items read, 5 new, 0 replaced, 0 unchanged (1 dated from their text)");
    out.getBuffer().setLength(0);
    assertThat(run("-w", ws, "news", "digest", "--month", "2025-11", "--format", "json", "--full")).as(err.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertThat(j.get("period").get("start").asText()).isEqualTo("2025-11-01");
    assertThat(j.get("items").asInt()).isEqualTo(5);
    assertThat(j.get("duplicates_folded").asInt()).isEqualTo(1);
    assertThat(j.get("sections")).hasSize(8);
    JsonNode ai = j.get("sections").get(0);
    assertThat(ai.get("section").asText()).isEqualTo("ai");
    JsonNode story = ai.get("entries").get(0);
    List<String> fields = new ArrayList<>();
    story.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).contains("id", "date", "title", "body", "main_company", "companies", "models", "sources", "duplicates");
    out.getBuffer().setLength(0);
    assertThat(run("-w", ws, "announcements", "import", fixture("announcements-week.csv"))).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("-w", ws, "announcements", "--week", "2024-09-02", "--all", "--format", "csv")).isZero();
    assertThat(out.toString().lines().toList()).containsExactly(
        "time,code,name,title,url",
        "2024-09-04 16:02,300364.SZ,中文在线,关于股东权益变动的提示性公告,https://example.com/a/2",
        "2024-09-03 17:30,603000.SH,人民网,关于参加集体接待日活动的公告,",
        "2024-09-02 15:48,300364.SZ,中文在线,关于回购公司股份进展情况的公告,https://example.com/a/1");
    assertThat(run("-w", ws, "announcements")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void evalWithAWorkspaceThatDoesNotExistFails() throws Exception {
    assertThat(run("-w", "/nonexistent/ws", "news", "eval", fixture("labelled-small.jsonl")))
        .isEqualTo(ExitCodes.WORKSPACE);
  }
}
