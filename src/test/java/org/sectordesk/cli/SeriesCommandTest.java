package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk import series} and {@code desk series list|show} end to end through DeskMain. */
class SeriesCommandTest {
  @TempDir Path dir;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private void copy(String resource, Path target) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return DeskMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @BeforeEach
  void workspace() throws IOException {
    copy("/org/sectordesk/desk/desk.yaml", dir.resolve("desk.yaml"));
    copy("/org/sectordesk/sample/metrics.yaml", dir.resolve("metrics.yaml"));
    copy("/org/sectordesk/sample/series/pboc-deposits.csv", dir.resolve("pboc.csv"));
  }

  @Test
  void showPrintsTheContractJsonWithOnlyTheMeasuresAskedFor() throws IOException {
    assertThat(run("-w", dir.toString(), "import", "series", dir.resolve("pboc.csv").toString())).isEqualTo(0);
    assertThat(out.toString()).contains("pboc.csv: 14 series points read, 14 new, 0 replaced, 0 unchanged");
    assertThat(run("-w", dir.toString(), "series", "show", "pboc_nonfin_deposits", "--derive", "yoy,mom",
        "--from", "2024-09", "--format", "json")).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(names(root)).containsExactly("metric", "unit", "series");
    assertThat(root.get("metric").asText()).isEqualTo("pboc_nonfin_deposits");
    assertThat(root.get("unit").asText()).isEqualTo("亿元");
    JsonNode s = root.get("series").get(0);
    assertThat(names(s)).containsExactly("entity", "points");
    assertThat(s.get("entity").asText()).isEqualTo("CN.PBOC");
    JsonNode oct = s.get("points").get(1);
    assertThat(names(oct)).containsExactly("period", "value", "estimate", "yoy_pct", "mom_pct");
    assertThat(oct.get("period").asText()).isEqualTo("2024-10");
    assertThat(oct.get("value").asDouble()).isEqualTo(23664);
    assertThat(oct.get("estimate").asBoolean()).isFalse();
    assertThat(oct.get("yoy_pct").asDouble()).isEqualTo((23664.0 / 23660 - 1) * 100);
    assertThat(oct.get("mom_pct").asDouble()).isEqualTo((23664.0 / 24170 - 1) * 100);

    assertThat(run("-w", dir.toString(), "series", "show", "pboc_nonfin_deposits", "--derive", "qoq",
        "--to", "2023-09", "--format", "json")).isEqualTo(0);
    JsonNode first = new ObjectMapper().readTree(out.toString()).get("series").get(0).get("points").get(0);
    assertThat(names(first)).containsExactly("period", "value", "estimate", "qoq_pct");
    assertThat(first.get("qoq_pct").isNull()).isTrue();

    assertThat(run("-w", dir.toString(), "series", "show", "pboc_nonfin_deposits", "--derive", "yoy,mom",
        "--from", "2024-10")).isEqualTo(0);
    assertThat(out.toString()).contains("央行非金融机构存款 (pboc_nonfin_deposits), 亿元").containsPattern(
        "CN\\.PBOC +2024-10 +23,664 +亿元 +0\\.0 +-2\\.1");
  }

  @Test
  void listAndErrors() {
    assertThat(run("-w", dir.toString(), "import", "series", dir.resolve("pboc.csv").toString(), "--layout", "long")).isEqualTo(0);
    assertThat(run("-w", dir.toString(), "series", "list", "--format", "csv")).isEqualTo(0);
    assertThat(out.toString()).contains("metric,name,entity,unit,points,first,last,estimates",
        "pboc_nonfin_deposits,央行非金融机构存款,CN.PBOC,亿元,14,2023-09,2024-10,0");
    assertThat(run("-w", dir.toString(), "series", "show", "nope")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown metric 'nope'");
    assertThat(run("-w", dir.toString(), "series", "show", "pboc_nonfin_deposits", "--derive", "wow")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--derive: 'wow' is not one of yoy, mom, qoq");
    assertThat(run("-w", dir.toString(), "import", "series", dir.resolve("pboc.csv").toString(), "--layout", "tall"))
        .isEqualTo(ExitCodes.USAGE);
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
