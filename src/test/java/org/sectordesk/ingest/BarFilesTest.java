package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectordesk.ingest.Fixtures.file;
import static org.sectordesk.ingest.Fixtures.messages;
import static org.sectordesk.ingest.Fixtures.ref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.Bar;

/** The desk CSV bar layout, and the row rules every bar layout shares. */
class BarFilesTest {

  private static Imported<Bar> read(String name, String code) {
    return BarFiles.read(file(name), Layout.AUTO, code, ref(), null);
  }

  @Test
  void readsDeskBarsSortedByCodeAndDate() {
    Imported<Bar> r = read("desk-bars.csv", null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).extracting(Bar::code, Bar::date).containsExactly(
        org.assertj.core.groups.Tuple.tuple("0700.HK", LocalDate.of(2024, 11, 27)),
        org.assertj.core.groups.Tuple.tuple("0700.HK", LocalDate.of(2024, 11, 28)),
        org.assertj.core.groups.Tuple.tuple("0700.HK", LocalDate.of(2024, 11, 29)),
        org.assertj.core.groups.Tuple.tuple("IQ.O", LocalDate.of(2024, 11, 28)));
    Bar first = r.values().get(0);
    assertThat(first.close()).isEqualTo(394.0);
    assertThat(first.adjClose()).as("adj_close defaults to close").isEqualTo(394.0);
    assertThat(first.volume()).isNaN();
    assertThat(first.currency()).as("currency defaults to the trading currency").isEqualTo("HKD");
    Bar iq = r.values().get(3);
    assertThat(iq.open()).isEqualTo(2.20);
    assertThat(iq.high()).isEqualTo(2.26);
    assertThat(iq.low()).isEqualTo(2.15);
    assertThat(iq.volume()).isEqualTo(9_800_000);
    assertThat(iq.currency()).isEqualTo("USD");
  }

  @Test
  void singleSecurityFileTakesCode() {
    Imported<Bar> r = read("desk-bars-close-only.csv", "HSTECH.HI");
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).hasSize(3).allMatch(b -> b.code().equals("HSTECH.HI") && b.currency().equals("HKD"));
    assertThat(r.values().get(2).close()).isEqualTo(4122.0);
  }

  @Test
  void singleSecurityFileWithoutCodeIsRejected() {
    Imported<Bar> r = read("desk-bars-close-only.csv", null);
    assertThat(r.ok()).isFalse();
    assertThat(messages(r)).containsExactly("desk-bars-close-only.csv [code] the file holds one security and has no"
        + " code column: give --code CODE, the workspace code of the security");
  }

  @Test
  void codeOptionMustBeAWorkspaceSecurity() {
    Imported<Bar> r = read("desk-bars-close-only.csv", "9999.HK");
    assertThat(messages(r)).containsExactly("desk-bars-close-only.csv [code] --code: unknown code '9999.HK': it is"
        + " not among the workspace's securities (add it to desk.yaml first)");
  }

  @Test
  void codeOptionWithACodeColumnIsRejected() {
    Imported<Bar> r = read("desk-bars.csv", "0700.HK");
    assertThat(messages(r)).containsExactly(
        "desk-bars.csv [code] --code 0700.HK was given, but the file has a code column ('code'); leave out --code");
  }

  @Test
  void badDatesNameLineFieldAndValue() {
    Imported<Bar> r = read("bars-bad-date.csv", null);
    assertThat(r.values()).isEmpty();
    assertThat(r.problemCount()).isEqualTo(3);
    assertThat(messages(r)).containsExactly(
        "bars-bad-date.csv:3 [date] '2024-02-30' is not a date (February 2024 has 29 days)",
        "bars-bad-date.csv:4 [date] '29/11/2024' is not a date (there is no month 29; dates with slashes are read"
            + " month first, M/D/YYYY)",
        "bars-bad-date.csv:5 [date] date is missing");
  }

  @Test
  void badNumbersAreReportedEveryOne() {
    Imported<Bar> r = read("bars-bad-number.csv", null);
    assertThat(r.values()).isEmpty();
    assertThat(messages(r)).containsExactly(
        "bars-bad-number.csv:3 [close] '12.3O' is not a number",
        "bars-bad-number.csv:4 [open] '39O' is not a number",
        "bars-bad-number.csv:4 [volume] '1.2.3' is not a number");
  }

  @Test
  void zeroNegativeAndMissingClosesAndNegativeVolumesAreProblems() {
    Imported<Bar> r = read("bars-bad-price.csv", null);
    assertThat(messages(r)).containsExactly(
        "bars-bad-price.csv:2 [close] close must be positive, got '0'",
        "bars-bad-price.csv:3 [close] close must be positive, got '-3.5'",
        "bars-bad-price.csv:4 [volume] volume must not be negative, got '-5'",
        "bars-bad-price.csv:5 [close] close is missing");
  }

  @Test
  void unknownCodesAreProblems() {
    Imported<Bar> r = read("bars-unknown-code.csv", null);
    assertThat(r.values()).isEmpty();
    assertThat(messages(r)).containsExactly(
        "bars-unknown-code.csv:3 [code] unknown code '9999.HK': it is not among the workspace's securities"
            + " (add it to desk.yaml first)",
        "bars-unknown-code.csv:4 [code] 'TENCENT' is not a Wind-style code (e.g. 0700.HK, IQ.O, 600986.SH)");
  }

  @Test
  void conflictingDuplicatesAreProblemsNamingBothLines() {
    Imported<Bar> r = read("bars-duplicate-conflict.csv", null);
    assertThat(r.values()).isEmpty();
    assertThat(messages(r)).containsExactly(
        "bars-duplicate-conflict.csv:4 [date] 2024-11-28 of 0700.HK is given again with different values (first at line 3)");
  }

  @Test
  void exactDuplicatesAndBlankRowsAreDroppedAndCounted() {
    Imported<Bar> r = read("bars-duplicate-exact.csv", null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).extracting(Bar::date).containsExactly(
        LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 28), LocalDate.of(2024, 11, 29));
    assertThat(r.notes()).containsExactly(
        "dropped 2 rows: blank row (lines 2, 6)",
        "dropped 1 row: exact duplicate of an earlier row (line 5)");
  }

  @Test
  void missingRequiredColumnNamesTheHeader() {
    Imported<Bar> r = read("bars-missing-column.csv", null);
    assertThat(messages(r)).containsExactly(
        "bars-missing-column.csv:1 [close] missing required column 'close'; the header has: code, date, open, high, low, volume");
  }

  @Test
  void unknownLayoutAsksForLayout() {
    Imported<Bar> r = read("unknown-layout.csv", null);
    assertThat(messages(r)).containsExactly("unknown-layout.csv [layout] cannot tell the layout from the header"
        + " 'when, what, how much'; give --layout (one of desk, yahoo, investing, csindex, wind-long, wind-wide)");
  }

  @Test
  void layoutThatHoldsNoBarsIsRejected() {
    Imported<Bar> r = read("fred-monthly.csv", null);
    assertThat(messages(r)).containsExactly("fred-monthly.csv [layout] the file looks like layout fred, which does not"
        + " hold bars (for bars the layouts are desk, yahoo, investing, csindex, wind-long, wind-wide)");
  }

  @Test
  void missingFileIsAProblem() {
    Imported<Bar> r = BarFiles.read(file("desk-bars.csv").resolveSibling("nope.csv"), Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).singleElement().asString().startsWith("nope.csv [file] no such file: ");
  }

  @Test
  void reportsProgressUpToTheFileSize() throws Exception {
    List<Long> seen = new ArrayList<>();
    BarFiles.read(file("desk-bars.csv"), Layout.DESK, null, ref(), seen::add);
    assertThat(seen).isNotEmpty();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(java.nio.file.Files.size(file("desk-bars.csv")));
  }

  @Test
  void problemListIsCappedButEveryProblemCounted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("code,date,close\n");
    for (int i = 0; i < 500; i++) {
      csv.append("0700.HK,2024-01-01,x").append(i).append('\n');
    }
    java.nio.file.Path f = dir.resolve("many-bad.csv");
    java.nio.file.Files.writeString(f, csv);
    Imported<Bar> r = BarFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(r.problemCount()).isEqualTo(500);
    assertThat(r.problems()).hasSize(Problems.CAP);
    assertThat(r.notes()).contains("500 problems in all; the first 200 are listed");
  }

  @Test
  void suspiciousJumpsAreNotedNotRejected() {
    Imported<Bar> r = read("bars-suspicious-jump.csv", null);
    assertThat(r.ok()).isTrue();
    assertThat(r.values()).hasSize(3);
    assertThat(r.notes()).containsExactly("check the source: the adjusted close of IXIC.GI moves more than 3-fold from"
        + " one value to the next 2 times (2024-11-26 19.5 to 2024-11-27 95.0; 2024-11-27 95.0 to 2024-11-29 19.2)");
  }
}
