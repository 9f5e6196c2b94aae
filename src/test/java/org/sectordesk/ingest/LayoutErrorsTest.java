package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectordesk.ingest.Fixtures.file;
import static org.sectordesk.ingest.Fixtures.messages;
import static org.sectordesk.ingest.Fixtures.ref;

import org.junit.jupiter.api.Test;

/** The error paths of the vendor layouts: every bad row named, nothing returned. */
class LayoutErrorsTest {

  @Test
  void yahooBadDateBadNumberAndConflict() {
    Imported<?> r = BarFiles.read(file("yahoo-bad-rows.csv"), Layout.AUTO, "IXIC.GI", ref(), null);
    assertThat(r.values()).isEmpty();
    assertThat(messages(r)).containsExactly(
        "yahoo-bad-rows.csv:3 [date] '11/31/2024' is not a date (November 2024 has 30 days; dates with slashes are"
            + " read month first, M/D/YYYY)",
        "yahoo-bad-rows.csv:4 [close] '19,2l8.17' is not a number",
        "yahoo-bad-rows.csv:5 [date] 2024-11-29 of IXIC.GI is given again with different values (first at line 2)");
  }

  @Test
  void investingBadVolumeAndDate() {
    Imported<?> r = BarFiles.read(file("investing-bad-rows.csv"), Layout.AUTO, "HSTECH.HI", ref(), null);
    assertThat(messages(r)).containsExactly(
        "investing-bad-rows.csv:2 [volume] '940.97X' is not a number",
        "investing-bad-rows.csv:3 [date] '2024-11-31' is not a date (November 2024 has 30 days)");
  }

  @Test
  void fredBadDateAndRate() {
    Imported<?> r = FxFiles.read(file("fred-bad-rows.csv"), Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).containsExactly(
        "fred-bad-rows.csv:2 [date] '2024-11' is not a date (expected YYYY-MM-DD)",
        "fred-bad-rows.csv:3 [exchange rate] '7.78.1' is not a number");
  }

  @Test
  void shillerBadEarningsAndDate() {
    Imported<?> r = ValuationFiles.read(file("shiller-bad-rows.csv"), Layout.AUTO, "SPX.GI", ref(), null);
    assertThat(messages(r)).containsExactly(
        "shiller-bad-rows.csv:2 [earnings] '181.1?' is not a number",
        "shiller-bad-rows.csv:3 [date] '1871-13-01' is not a date (there is no month 13)");
  }

  @Test
  void unknownCodeInAValuationFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("pe.csv");
    java.nio.file.Files.writeString(f, "code,date,pe_ttm\nHSCEI.HI,2024-11-29,9.1\nHSTECH.HI,2024-11-29,abc\n");
    Imported<?> r = ValuationFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).containsExactly(
        "pe.csv:2 [code] unknown code 'HSCEI.HI': it is not among the workspace's securities (add it to desk.yaml first)",
        "pe.csv:3 [pe_ttm] 'abc' is not a number");
  }

  @Test
  void unknownCodeAndBadSharesInACapitalisationFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path f = dir.resolve("shares.csv");
    java.nio.file.Files.writeString(f, "code,date,shares\n9999.HK,2024-11-29,100\n0700.HK,2024-11-29,-5\n0700.HK,2024-11-30,\n");
    Imported<?> r = CapitalisationFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).containsExactly(
        "shares.csv:2 [code] unknown code '9999.HK': it is not among the workspace's securities (add it to desk.yaml first)",
        "shares.csv:3 [shares] shares must be positive, got '-5'",
        "shares.csv:4 [shares] the row has neither shares nor market cap");
  }
}
