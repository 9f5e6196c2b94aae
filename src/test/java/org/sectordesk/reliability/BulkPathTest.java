package org.sectordesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bulk path (desk CSV bar files above the bulk threshold, lowered here to one byte) applies the checks of
 * the in-memory path with the same messages and takes the columns the README allows (issue 8, item 7); a file
 * too large for memory is refused up front (defect 5).
 */
class BulkPathTest {
  @TempDir static Path dir;
  static Path ws;

  @BeforeAll
  static void workspace() throws IOException {
    ws = DeskRun.seededWorkspace(dir);
  }

  @AfterEach
  void defaults() {
    System.clearProperty("sectordesk.bulk.bytes");
    System.clearProperty("sectordesk.memory.bytes");
  }

  private static DeskRun.Result importBars(Path file, boolean bulk) {
    if (bulk) {
      System.setProperty("sectordesk.bulk.bytes", "1");
    } else {
      System.clearProperty("sectordesk.bulk.bytes");
    }
    try {
      return DeskRun.run(ws, "import", "bars", file.toString());
    } finally {
      System.clearProperty("sectordesk.bulk.bytes");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "p8-monthly-as-daily-bars.csv | 3 | p8-monthly-as-daily-bars.csv [date] the rows of 0700.HK are 29 days apart (median), so this is monthly data",
      "p8-high-below-low-bars.csv | 3 | p8-high-below-low-bars.csv:2 [high] high 389.0 is below low 396.0",
      "p8-huge-close-bars.csv | 3 | p8-huge-close-bars.csv:2 [close] '1.0E308' is not a price or index level",
      "p8-date-2099-bars.csv | 3 | p8-date-2099-bars.csv:2 [date] 2099-12-31 is outside the dates market data can have",
      "p8-currency-zzz-bars.csv | 3 | p8-currency-zzz-bars.csv:2 [currency] 'ZZZ' is not a currency",
      "p8-negative-volume-bars.csv | 3 | p8-negative-volume-bars.csv:2 [volume] volume must not be negative, got '-5'",
      "p8-conflicting-rows-bars.csv | 3 | p8-conflicting-rows-bars.csv:3 [date] 2024-11-26 of 0700.HK is given again with different values (first at line 2)",
      "p8-jump-bars.csv | 0 | check the source: the adjusted close of 0700.HK moves more than 3-fold from one value to the next 2 times (2024-11-25 391.6 to 2024-11-26 3916.0; 2024-11-26 3916.0 to 2024-11-27 392.0)",
      "p8-close-only-bars.csv | 0 | 2 rows read",
      "p8-extra-column-bars.csv | 0 | 2 rows read"})
  void bothPathsGiveTheSameVerdictInTheSameWords(String fixture, int exit, String expected) throws IOException {
    Path file = DeskRun.fixture(fixture, Files.createDirectories(dir.resolve("p8")));
    String before = StoreDump.of(ws);
    DeskRun.Result bulk = importBars(file, true);
    DeskRun.Result memory = importBars(file, false);
    assertThat(bulk.code()).as("bulk: %s", bulk.err()).isEqualTo(exit);
    assertThat(memory.code()).as("in memory: %s", memory.err()).isEqualTo(exit);
    assertThat(bulk.out() + bulk.err()).contains(expected);
    assertThat(memory.out() + memory.err()).contains(expected);
    if (exit != 0) {
      assertThat(bulk.err()).isEqualTo(memory.err());
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  @Test
  void d05AFileTooLargeForMemoryIsRefusedBeforeItIsRead() throws IOException {
    Path yahoo = Files.writeString(dir.resolve("d05-large-yahoo.csv"), "Date,Open,High,Low,Close,Adj Close,Volume\n"
        + "2024-11-26,390.0,395.0,388.0,393.0,393.0,1000\n2024-11-27,392.4,396.0,389.0,391.6,391.6,1000\n");
    System.setProperty("sectordesk.memory.bytes", "64");
    String before = StoreDump.of(ws);
    DeskRun.Result r = DeskRun.run(ws, "import", "bars", yahoo.toString(), "--code", "0700.HK");
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("d05-large-yahoo.csv [file] the file is " + Files.size(yahoo)
        + " bytes, more than the 64 bytes this layout can read in memory");
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void d05ALargeDeskFileWithAnExtraColumnTakesTheBulkPath() throws IOException {
    Path file = DeskRun.fixture("p8-extra-column-bars.csv", Files.createDirectories(dir.resolve("d05")));
    System.setProperty("sectordesk.memory.bytes", "64");
    System.setProperty("sectordesk.bulk.bytes", "64");
    DeskRun.Result r = DeskRun.run(ws, "import", "bars", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }


}
