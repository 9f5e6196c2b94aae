package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.desk.Desk;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PriceHistory;

/** {@code desk import bars}: one transaction, clear errors, idempotent, corrections replace rows. */
class ImportCommandsTest {
  @TempDir Path dir;
  Path ws;

  DeskRun desk(String... args) {
    return DeskRun.in(ws, args);
  }

  Path fixture(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Files.copy(in, p);
    }
    return p;
  }

  @BeforeEach
  void workspace() throws IOException {
    ws = dir.resolve("ws");
    Files.createDirectories(ws);
    Files.copy(getClass().getResourceAsStream("desk-two-names.yaml"), ws.resolve("desk.yaml"));
  }

  PriceHistory history(String code) {
    try (Desk d = Desk.open(ws)) {
      return d.marketStore().history(code);
    }
  }

  @Test
  void aGoodFileIsStoredAndReImportingItChangesNothing() throws IOException {
    Path good = fixture("bars-good.csv");
    DeskRun first = desk("import", "bars", good.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("4 rows read, 4 new, 0 replaced, 0 unchanged");
    DeskRun again = desk("import", "bars", good.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("0 new, 0 replaced, 4 unchanged").contains("nothing changed");
    assertThat(history("0700.HK").size()).isEqualTo(2);
  }

  @Test
  void aCorrectedFileReplacesOnlyTheOverlappingRows() throws IOException {
    desk("import", "bars", fixture("bars-good.csv").toString());
    DeskRun fix = desk("import", "bars", fixture("bars-corrected.csv").toString());
    assertThat(fix.out()).contains("2 rows read, 1 new, 1 replaced, 0 unchanged");
    PriceHistory h = history("0700.HK");
    assertThat(h.size()).isEqualTo(3);
    assertThat(h.close(h.indexOnOrBefore(LocalDate.of(2024, 11, 29)))).isEqualTo(398.2);
    assertThat(h.close(h.indexOnOrBefore(LocalDate.of(2024, 10, 31)))).isEqualTo(408.0);
  }

  @Test
  void aFileWithBadRowsIsRejectedWholeNamingLineAndFieldAndTheStoreIsUnchanged() throws IOException {
    desk("import", "bars", fixture("bars-good.csv").toString());
    PriceHistory before = history("0700.HK");
    DeskRun bad = desk("import", "bars", fixture("bars-bad-rows.csv").toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.DATA_PROBLEM);
    assertThat(bad.err()).contains("bars-bad-rows.csv rejected, nothing stored")
        .contains("bars-bad-rows.csv:3 [date]")
        .contains("bars-bad-rows.csv:4 [close]").contains("17O.5")
        .contains("bars-bad-rows.csv:5 [code]").contains("9999.HK");
    PriceHistory after = history("0700.HK");
    assertThat(after.size()).isEqualTo(before.size());
    assertThat(after.lastDate()).isEqualTo(LocalDate.of(2024, 11, 29));
    assertThat(history("3690.HK").size()).isEqualTo(2);
  }

  @Test
  void reviewAfterImportMeasuresEachNameAgainstItsBenchmark() throws IOException {
    Files.writeString(dir.resolve("hstech.csv"), "date,close\n2024-10-31,4560.34\n2024-11-29,4412.58\n");
    assertThat(desk("import", "bars", dir.resolve("hstech.csv").toString(), "--code", "HSTECH.HI").code()).isZero();
    desk("import", "bars", fixture("bars-good.csv").toString());
    try (Desk d = Desk.open(ws)) {
      var review = d.market().review(Period.month(YearMonth.of(2024, 11)));
      var tencent = review.rows().get(0);
      assertThat(tencent.periodReturn().value()).isEqualTo(398.0 / 408.0 - 1);
      assertThat(tencent.vsBenchmark()).isEqualTo((398.0 / 408.0 - 1) - (4412.58 / 4560.34 - 1));
      assertThat(tencent.marketCapBaseYi()).as("no shares imported").isNaN();
    }
  }

  @Test
  void unknownLayoutAndMissingFileAreUsageErrors() throws IOException {
    Path good = fixture("bars-good.csv");
    DeskRun layout = desk("import", "bars", good.toString(), "--layout", "bloomberg");
    assertThat(layout.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(layout.err()).contains("bloomberg");
    DeskRun missing = desk("import", "bars", dir.resolve("nope.csv").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("nope.csv");
  }

  @Test
  void aMissingWorkspaceIsExitCodeFour() {
    ws = dir.resolve("elsewhere");
    DeskRun r = desk("review", "--month", "2024-11");
    assertThat(r.code()).isEqualTo(ExitCodes.WORKSPACE);
    assertThat(r.err()).contains("desk.yaml is missing");
  }
}
