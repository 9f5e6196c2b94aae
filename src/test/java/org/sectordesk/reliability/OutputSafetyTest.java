package org.sectordesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects 6 and 7: what the desk prints cannot drive the terminal, and its CSV cannot run as a formula. */
class OutputSafetyTest {
  @TempDir Path dir;
  Path ws;

  @BeforeEach
  void workspace() throws IOException {
    ws = DeskRun.seededWorkspace(dir);
  }

  private static void assertNoControlCharacters(String text) {
    for (char c : text.toCharArray()) {
      assertThat(c < 0x20 && c != '\n' && c != '\t' || c == 0x7f)
          .as("control character U+%04X in %s", (int) c, text).isFalse();
    }
  }

  @Test
  void d06AnnouncementTitlesWithEscapeSequencesArePrintedEscaped() throws IOException {
    Path file = DeskRun.fixture("d06-escape-announcements.csv", dir);
    assertThat(DeskRun.run(ws, "announcements", "import", file.toString()).code()).isZero();
    for (String format : new String[] {"table", "csv", "json"}) {
      DeskRun.Result r = DeskRun.run(ws, "announcements", "--all", "--week", "2024-09-02", "--format", format);
      assertThat(r.code()).as(r.err()).isZero();
      assertNoControlCharacters(r.out());
      assertThat(r.out()).contains("关于公司的公告");
    }
    assertThat(DeskRun.run(ws, "announcements", "--all", "--week", "2024-09-02").out()).contains("\\x1b]0;pwned\\x07");
  }

  @Test
  void d06RatingTitlesAndDeskYamlNamesArePrintedEscaped() throws IOException {
    Path file = DeskRun.fixture("d06-escape-ratings.csv", dir);
    assertThat(DeskRun.run(ws, "import", "ratings", file.toString()).code()).isZero();
    DeskRun.Result list = DeskRun.run(ws, "ratings", "list");
    assertThat(list.code()).as(list.err()).isZero();
    assertNoControlCharacters(list.out());
    assertThat(list.out()).contains("红色标题\\x1b[0m");
    Path yaml = ws.resolve("desk.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("name: 腾讯控股", "name: \"腾讯\\e]0;x\\a控股\""));
    DeskRun.Result review = DeskRun.run(ws, "review", "--month", "2024-11");
    assertThat(review.code()).as(review.err()).isZero();
    assertNoControlCharacters(review.out());
    assertThat(review.out()).contains("腾讯\\x1b]0;x\\x07控股");
  }

  @Test
  void d06AHugeBadFieldIsCutInTheErrorMessage() throws IOException {
    Path file = dir.resolve("d06-huge-field-bars.csv");
    String huge = "9".repeat(100) + "x".repeat(5_000_000);
    Files.writeString(file, "code,date,close\n0700.HK,2024-11-26," + huge + "\n", StandardCharsets.UTF_8);
    DeskRun.Result r = DeskRun.run(ws, "import", "bars", file.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("d06-huge-field-bars.csv:2 [close]").contains("characters)");
    assertThat(r.err().length()).isLessThan(5_000);
  }

  @Test
  void d07CsvCellsThatWouldRunAsFormulasAreNeutralised() throws IOException {
    Path file = DeskRun.fixture("d07-formula-announcements.csv", dir);
    assertThat(DeskRun.run(ws, "announcements", "import", file.toString()).code()).isZero();
    DeskRun.Result r = DeskRun.run(ws, "announcements", "--all", "--week", "2024-09-02", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(",'=cmd|' /C calc'!A0", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"",
        ",'@SUM(1+1)", ",'+1+2", ",'-2+3");
    for (String line : r.out().lines().toList()) {
      assertThat(line).doesNotContain(",=", ",@", ",+", ",\"=");
    }
  }

  @Test
  void d07NewsDigestCsvIsNeutralisedAndNumbersStayNumbers() throws IOException {
    Path file = DeskRun.fixture("d07-formula-news.jsonl", dir);
    assertThat(DeskRun.run(ws, "news", "import", file.toString()).code()).isZero();
    DeskRun.Result digest = DeskRun.run(ws, "news", "digest", "--month", "2025-11", "--format", "csv");
    assertThat(digest.code()).as(digest.err()).isZero();
    assertThat(digest.out()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
    DeskRun.Result review = DeskRun.run(ws, "review", "--month", "2024-11", "--format", "csv");
    assertThat(review.code()).as(review.err()).isZero();
    assertThat(review.out()).contains(",-2.45").doesNotContain("'-2.45");
  }
}
