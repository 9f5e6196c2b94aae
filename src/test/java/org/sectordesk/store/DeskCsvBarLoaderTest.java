package org.sectordesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.PriceHistory;

class DeskCsvBarLoaderTest {
  private static final Set<String> UNIVERSE =
      Set.of("0700.HK", "9988.HK", "HSTECH.HI", "IQ.O", "600986.SH");

  @TempDir
  Path dir;
  private Database db;
  private DuckDbMarketStore store;
  private DeskCsvBarLoader loader;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("desk.duckdb"));
    store = new DuckDbMarketStore(db);
    loader = new DeskCsvBarLoader(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Path fixture(String name) {
    try {
      return Path.of(DeskCsvBarLoaderTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private BarLoad load(String fixture) {
    return loader.load(fixture(fixture), UNIVERSE, null);
  }

  private String fingerprint() throws SQLException {
    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(
        "SELECT (SELECT count(*) FROM bars) || '/' || (SELECT coalesce(sum(hash(code, date, open, high, low, close,"
            + " adj_close, volume, currency, import_id)), 0) FROM bars) || '/' || (SELECT coalesce(sum(hash(code,"
            + " first_date, last_date, bars)), 0) FROM bar_codes) || '/' || (SELECT count(*) FROM import_log)")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void loadsTheDeskLayoutWithDefaultsForEmptyFields() {
    BarLoad r = load("bars-good.csv");
    assertThat(r.problems()).isEmpty();
    assertThat(r.summary()).isEqualTo(new WriteSummary(6, 6, 0, 0));
    PriceHistory tech = store.history("HSTECH.HI");
    assertThat(tech.size()).isEqualTo(2);
    assertThat(tech.adjClose(1)).isEqualTo(4527.17);     // adj_close empty: the close
    assertThat(store.history("0700.HK").adjClose(1)).isEqualTo(412.1);
    assertThat(store.barCount()).isEqualTo(6);
    assertThat(store.codesWithBars()).containsExactly("0700.HK", "9988.HK", "HSTECH.HI");
  }

  @Test
  void columnsMayComeInAnyOrderAndCurrencyDefaultsToTheMarkets() throws SQLException {
    BarLoad r = load("bars-reordered-columns.csv");
    assertThat(r.stored()).isTrue();
    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(
        "SELECT code, currency, volume, open FROM bars ORDER BY code")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("600986.SH");
      assertThat(rs.getString(2)).isEqualTo("CNY");
      assertThat(rs.getDouble(4)).isEqualTo(5.80);
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("IQ.O");
      assertThat(rs.getString(2)).isEqualTo("USD");
      assertThat(rs.getDouble(3)).isEqualTo(41_000_000);
      rs.getDouble(4);
      assertThat(rs.wasNull()).isTrue();
    }
  }

  @Test
  void reLoadingTheSameFileChangesNothingAndACorrectedFileReplacesOverlappingRows() throws SQLException {
    load("bars-good.csv");
    String before = fingerprint();
    assertThat(load("bars-good.csv").summary()).isEqualTo(new WriteSummary(6, 0, 0, 6));
    assertThat(fingerprint()).isEqualTo(before);
    assertThat(load("bars-corrected.csv").summary()).isEqualTo(new WriteSummary(3, 1, 1, 1));
    assertThat(store.history("0700.HK").close(1)).isEqualTo(414.8);
    assertThat(store.history("9988.HK").lastDate()).isEqualTo(LocalDate.parse("2024-12-02"));
    assertThat(store.barCount()).isEqualTo(7);
  }

  @Test
  void theImportIsLoggedInTheSameTransaction() {
    ImportSource src = new ImportSource("bars", "bars-good.csv", "0f".repeat(32), Instant.parse("2024-12-02T01:00:00Z"));
    BarLoad r = loader.load(fixture("bars-good.csv"), UNIVERSE, src);
    assertThat(store.importLog()).containsExactly(new ImportLogEntry(src, r.summary()));
  }

  @Test
  void aBadDateIsReportedWithLineAndField() throws SQLException {
    String before = fingerprint();
    BarLoad r = load("bars-bad-date.csv");
    assertThat(r.problems()).containsExactly(new LoadProblem(3, "date", "'2024-13-02' is not a date (YYYY-MM-DD)"));
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void aBadNumberIsReportedWithLineAndField() {
    assertThat(load("bars-bad-number.csv").problems())
        .containsExactly(new LoadProblem(3, "close", "'12.3O' is not a number"));
    assertThat(store.barCount()).isZero();
  }

  @Test
  void aMissingOrNonPositiveCloseIsRefused() {
    assertThat(load("bars-nonpositive-close.csv").problems()).containsExactly(
        new LoadProblem(3, "close", "close must be positive, got '0'"),
        new LoadProblem(4, "close", "close is missing"));
  }

  @Test
  void aMissingCodeIsRefused() {
    assertThat(load("bars-missing-code.csv").problems()).containsExactly(new LoadProblem(3, "code", "code is missing"));
  }

  @Test
  void codesOutsideTheUniverseAreRefused() {
    assertThat(load("bars-unknown-code.csv").problems()).containsExactly(
        new LoadProblem(3, "code", "unknown code '1810.HK': it is not among the workspace's securities (add it to desk.yaml first)"));
    assertThat(loader.load(fixture("bars-good.csv"), null, null).stored()).isTrue();
  }

  @Test
  void codesAreStoredInTheirCanonicalFormAsTheRowByRowPathStoresThem() {
    BarLoad r = load("bars-loose-codes.csv");
    assertThat(r.problems()).isEmpty();
    assertThat(store.codesWithBars()).containsExactly("0700.HK", "9988.HK");
    assertThat(store.history("0700.HK").size()).isEqualTo(2);
    assertThat(store.history("9988.HK").size()).isEqualTo(1);
  }

  @Test
  void conflictingRowsForOneCodeAndDayAreRefusedButIdenticalCopiesCountOnce() {
    assertThat(load("bars-conflicting-duplicate.csv").problems()).containsExactly(
        new LoadProblem(4, "date", "2024-11-29 of 0700.HK is given again with different values (first at line 3)"));
    assertThat(store.barCount()).isZero();
    BarLoad r = load("bars-identical-duplicate.csv");
    assertThat(r.summary()).isEqualTo(new WriteSummary(3, 2, 0, 0));
    assertThat(store.barCount()).isEqualTo(2);
    assertThat(store.history("0700.HK").size()).isEqualTo(2);
  }

  @Test
  void aHeaderWithoutARequiredColumnIsRefusedBeforeReading() {
    assertThat(load("bars-missing-column.csv").problems())
        .containsExactly(new LoadProblem(1, "close", "missing required column 'close'; the header has: code, date, open, high, low, adj_close, volume, currency"));
  }

  @Test
  void aLineWithTooFewFieldsIsRefused() {
    List<LoadProblem> p = load("bars-wrong-field-count.csv").problems();
    assertThat(p).hasSize(1);
    assertThat(p.get(0).line()).isEqualTo(3);
    assertThat(p.get(0).message()).startsWith("expected 9 fields");
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnce() {
    List<LoadProblem> p = load("bars-several-problems.csv").problems();
    assertThat(p).containsExactly(
        new LoadProblem(3, "date", "'2024/11/28' is not a date (YYYY-MM-DD)"),
        new LoadProblem(4, "close", "close must be positive, got '-414.6'"),
        new LoadProblem(5, "volume", "volume must not be negative, got '-5'"),
        new LoadProblem(6, "currency", "'hkd' is not a currency (expected an ISO code like HKD)"),
        new LoadProblem(6, "code", "unknown code 'ABCD.HK': it is not among the workspace's securities (add it to desk.yaml first)"));
    assertThat(store.barCount()).isZero();
  }

  @Test
  void aLargeFileWhoseThousandthRowIsBadLeavesTheStoreExactlyAsBefore() throws IOException, SQLException {
    load("bars-good.csv");
    String before = fingerprint();
    StringBuilder csv = new StringBuilder(String.join(",", DeskCsvBarLoader.COLUMNS)).append('\n');
    LocalDate day = LocalDate.parse("2000-01-03");
    for (int i = 1; i <= 5000; i++) {
      double close = i == 1000 ? -1 : 100 + i % 17;
      csv.append("9988.HK,").append(day.plusDays(i)).append(",,,,").append(close).append(",,,HKD\n");
    }
    Path file = dir.resolve("big.csv");
    Files.writeString(file, csv);
    BarLoad r = loader.load(file, UNIVERSE, new ImportSource("bars", "big.csv", "1".repeat(64), Instant.EPOCH));
    assertThat(r.problems()).containsExactly(new LoadProblem(1001, "close", "close must be positive, got '-1.0'"));
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void aHeaderOnlyFileStoresNothingAndWindowsLineEndingsAndQuotesAreRead() throws IOException {
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, String.join(",", DeskCsvBarLoader.COLUMNS) + "\n");
    assertThat(loader.load(empty, UNIVERSE, null).summary()).isEqualTo(new WriteSummary(0, 0, 0, 0));
    Path crlf = dir.resolve("crlf.csv");
    Files.writeString(crlf, "\uFEFF" + String.join(",", DeskCsvBarLoader.COLUMNS) + "\r\n"
        + "\"0700.HK\",2024-11-29,412.0,416.4,410.0,414.6,412.1,20100000,HKD\r\n"
        + "9988.HK,2024-11-29,83.5,84.9,83.0,x,84.4,30900000,HKD\r\n");
    assertThat(loader.load(crlf, UNIVERSE, null).problems()).containsExactly(new LoadProblem(3, "close", "'x' is not a number"));
    Files.writeString(crlf, Files.readString(crlf).replace(",x,", ",84.4,"));
    assertThat(loader.load(crlf, UNIVERSE, null).summary()).isEqualTo(new WriteSummary(2, 2, 0, 0));
    assertThat(store.history("0700.HK").close(0)).isEqualTo(414.6);
  }

  @Test
  void splitsQuotedFields() {
    assertThat(DeskCsvBarLoader.split("\"0700.HK\",\"a,\"\"b\",,x")).containsExactly("0700.HK", "a,\"b", null, "x");
    assertThat(DeskCsvBarLoader.field("2024-11-29,0700.HK,414.6", 1)).isEqualTo("0700.HK");
    assertThat(DeskCsvBarLoader.field(",2024-11-29", 0)).isEmpty();
    assertThat(DeskCsvBarLoader.field("a,b", 5)).isEmpty();
  }
}
