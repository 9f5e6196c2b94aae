package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DeskMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void badFormatOrLanguageIsAUsageError(@TempDir Path dir) {
    Run r = run("-w", dir.toString(), "report", "monthly", "--month", "2024-11", "--format", "pdf,odt");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("format 'odt' is not one of docx, pdf, html, md, xlsx");
    Run en = run("-w", dir.toString(), "report", "weekly", "--week", "2024-09-02", "--lang", "fr");
    assertThat(en.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(en.err()).contains("lang must be zh or en, got 'fr'");
  }

  @Test
  void missingMonthIsAUsageErrorAndMissingWorkspaceSaysSo(@TempDir Path dir) {
    assertThat(run("report", "monthly").code()).isEqualTo(ExitCodes.USAGE);
    Run r = run("-w", dir.resolve("nowhere").toString(), "report", "monthly", "--month", "2024-11");
    assertThat(r.code()).isEqualTo(ExitCodes.WORKSPACE);
    assertThat(r.err()).contains("desk.yaml is missing");
  }

  @Test
  void helpExplainsTheFilesTheReportReads() {
    Run r = run("report", "--help");
    assertThat(r.out()).contains("layouts/monthly.yaml").contains("house.yaml").contains("texts/*.md")
        .contains("monthly").contains("weekly");
    assertThat(run("bench", "report", "--help").out()).contains("all five formats").contains("cold start");
  }
}
