package org.sectordesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.store.BarLoad;
import org.sectordesk.store.Database;
import org.sectordesk.store.DeskCsvBarLoader;
import org.sectordesk.store.LoadProblem;

/**
 * The bulk loader itself (issue 8, item 7, and defect 14): the in-memory path's daily checks and the columns
 * the README allows, and a rejected load that gives its space back.
 */
class BulkLoaderTest {
  @TempDir Path dir;
  Database db;
  DeskCsvBarLoader loader;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("desk.duckdb"));
    loader = new DeskCsvBarLoader(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private BarLoad load(String fixture) throws IOException {
    return loader.load(DeskRun.fixture(fixture, dir), null, null);
  }

  @Test
  void monthlyDataIsNotDailyBars() throws IOException {
    assertThat(load("p8-monthly-as-daily-bars.csv").problems()).containsExactly(new LoadProblem(0, "date",
        "the rows of 0700.HK are 29 days apart (median), so this is monthly data, not daily bars; import a daily"
            + " export instead (monthly closes stored as daily bars would corrupt every return)"));
  }

  @Test
  void aHighBelowTheLowIsRefused() throws IOException {
    assertThat(load("p8-high-below-low-bars.csv").problems())
        .containsExactly(new LoadProblem(2, "high", "high 389.0 is below low 396.0"));
  }

  @Test
  void jumpsAreNamedInTheNotes() throws IOException {
    BarLoad r = load("p8-jump-bars.csv");
    assertThat(r.stored()).isTrue();
    assertThat(r.notes()).containsExactly("check the source: the adjusted close of 0700.HK moves more than 3-fold"
        + " from one value to the next 2 times (2024-11-25 391.6 to 2024-11-26 3916.0; 2024-11-26 3916.0 to"
        + " 2024-11-27 392.0)");
  }

  @Test
  void optionalColumnsMayBeLeftOutAndUnknownOnesAreNotRead() throws IOException {
    assertThat(load("p8-close-only-bars.csv").stored()).isTrue();
    assertThat(load("p8-extra-column-bars.csv").stored()).isTrue();
  }

  @Test
  void d14ARejectedLoadGivesItsSpaceBack() throws IOException {
    Path file = dir.resolve("d14-rejected-bulk.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("code,date,open,high,low,close,adj_close,volume,currency\n");
      // large enough (about 40 MB) for DuckDB to write row groups into the file before the commit
      for (LocalDate d = LocalDate.of(1940, 1, 1); d.isBefore(LocalDate.of(2024, 1, 1)); d = d.plusDays(1)) {
        for (int c = 1; c <= 25; c++) {
          w.write(String.format("%04d.HK,", c) + d + ",10.5,11.25,10.25,11.0,11.0,123456,\n");
        }
      }
      w.write("0700.HK,2024-12-31,,,,-1,,,HKD\n");
    }
    try (var s = db.connection().createStatement()) {
      s.execute("CHECKPOINT");   // the schema's own writes are in the file before it is measured
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    long before = size();
    BarLoad r = loader.load(file, null, null);
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).message()).isEqualTo("close must be positive, got '-1'");
    assertThat(size()).as("database size after a rejected load of %d MB", Files.size(file) >> 20)
        .isLessThan(before + (1 << 18));
  }

  private long size() throws IOException {
    long n = Files.size(dir.resolve("desk.duckdb"));
    Path wal = dir.resolve("desk.duckdb.wal");
    return n + (Files.exists(wal) ? Files.size(wal) : 0);
  }
}
