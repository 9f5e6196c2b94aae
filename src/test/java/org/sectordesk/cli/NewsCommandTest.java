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
  void evalWithAWorkspaceThatDoesNotExistFails() throws Exception {
    assertThat(run("-w", "/nonexistent/ws", "news", "eval", fixture("labelled-small.jsonl")))
        .isEqualTo(ExitCodes.WORKSPACE);
  }
}
