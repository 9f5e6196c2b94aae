package org.sectordesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.FxKind;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.ValuationPoint;

class DuckDbMarketStoreTest {
  private static final String SHA = "ab".repeat(32);

  @TempDir
  Path dir;
  private Database db;
  private DuckDbMarketStore store;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("desk.duckdb"));
    store = new DuckDbMarketStore(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static Bar bar(String code, String date, double close) {
    return new Bar(code, d(date), close * 0.99, close * 1.01, close * 0.98, close, close * 0.95, 1000, "HKD");
  }

  /** Weekdays from {@code from} to {@code to}, less the given holidays, with a close rising by 1 a day. */
  private static List<Bar> daily(String code, String from, String to, double firstClose, String... holidays) {
    List<Bar> out = new ArrayList<>();
    double c = firstClose;
    List<String> closed = Arrays.asList(holidays);
    for (LocalDate day = d(from); !day.isAfter(d(to)); day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() >= 6 || closed.contains(day.toString())) {
        continue;
      }
      out.add(Bar.closeOnly(code, day, c, "HKD"));
      c += 1;
    }
    return out;
  }

  /** Row count and an order-independent checksum of every market table. */
  private String fingerprint() throws SQLException {
    StringBuilder b = new StringBuilder();
    for (String sql : List.of(
        "SELECT count(*), sum(hash(code, date, open, high, low, close, adj_close, volume, currency, import_id)) FROM bars",
        "SELECT count(*), sum(hash(code, first_date, last_date, bars)) FROM bar_codes",
        "SELECT count(*), sum(hash(date, base, quote, rate, import_id)) FROM fx_rates",
        "SELECT count(*), sum(hash(code, date, shares, market_cap, import_id)) FROM capitalisation",
        "SELECT count(*), sum(hash(code, date, pe_ttm, import_id)) FROM valuation",
        "SELECT count(*), sum(hash(id, kind, file, rows_read)) FROM import_log")) {
      try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        b.append(rs.getLong(1)).append('/').append(rs.getString(2)).append(' ');
      }
    }
    return b.toString();
  }

  @Test
  void firstWriteInsertsEveryBar() {
    WriteSummary s = store.writeBars(List.of(bar("0700.HK", "2024-11-01", 380), bar("0700.HK", "2024-11-04", 385),
        bar("9988.HK", "2024-11-01", 80)));
    assertThat(s).isEqualTo(new WriteSummary(3, 3, 0, 0));
    assertThat(store.barCount()).isEqualTo(3);
    assertThat(store.codesWithBars()).containsExactly("0700.HK", "9988.HK");
  }

  @Test
  void reImportingTheSameBarsChangesNothing() throws SQLException {
    List<Bar> bars = daily("0700.HK", "2024-10-01", "2024-11-29", 300);
    store.writeBars(bars);
    String before = fingerprint();
    WriteSummary again = store.writeBars(bars);
    assertThat(again).isEqualTo(new WriteSummary(bars.size(), 0, 0, bars.size()));
    assertThat(again.changedNothing()).isTrue();
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void aCorrectedImportReplacesOverlappingBarsAndCountsThem() {
    store.writeBars(List.of(bar("0700.HK", "2024-11-01", 380), bar("0700.HK", "2024-11-04", 385),
        bar("0700.HK", "2024-11-05", 390)));
    WriteSummary s = store.writeBars(List.of(bar("0700.HK", "2024-11-04", 385), bar("0700.HK", "2024-11-05", 391),
        bar("0700.HK", "2024-11-06", 392), Bar.closeOnly("HSTECH.HI", d("2024-11-06"), 4000, "HKD")));
    assertThat(s).isEqualTo(new WriteSummary(4, 2, 1, 1));
    PriceHistory h = store.history("0700.HK");
    assertThat(h.size()).isEqualTo(4);
    assertThat(h.close(2)).isEqualTo(391);
    assertThat(h.date(3)).isEqualTo(d("2024-11-06"));
    assertThat(store.barCount()).isEqualTo(5);
    assertThat(store.codesWithBars()).containsExactly("0700.HK", "HSTECH.HI");
  }

  @Test
  void aMissingOpenHighLowOrVolumeIsStoredAsMissingAndComparesEqualOnReImport() {
    List<Bar> bars = List.of(Bar.closeOnly("HSI.HI", d("2024-11-01"), 20506.43, "HKD"));
    store.writeBars(bars);
    assertThat(store.writeBars(bars)).isEqualTo(new WriteSummary(1, 0, 0, 1));
  }

  @Test
  void twoDifferentBarsForOneKeyInOneWriteAreRefusedAndIdenticalOnesCountOnce() {
    assertThatThrownBy(() -> store.writeBars(List.of(bar("0700.HK", "2024-11-01", 380), bar("0700.HK", "2024-11-01", 381))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0700.HK 2024-11-01");
    assertThat(store.barCount()).isZero();
    WriteSummary s = store.writeBars(List.of(bar("0700.HK", "2024-11-01", 380), bar("0700.HK", "2024-11-01", 380)));
    assertThat(s.inserted()).isEqualTo(1);
    assertThat(store.barCount()).isEqualTo(1);
  }

  @Test
  void aWriteWhoseThousandthRowViolatesNotNullLeavesTheStoreExactlyAsBefore() throws SQLException {
    store.writeBars(daily("0700.HK", "2024-01-01", "2024-12-31", 300), source("first.csv"));
    String before = fingerprint();
    assertThatThrownBy(() -> store.write(KeyedTable.BARS, 1500, source("bad.csv"), (app, id) -> {
      List<Bar> bars = daily("9988.HK", "2019-01-01", "2024-12-31", 50);
      for (int i = 0; i < 1500; i++) {
        Bar b = bars.get(i);
        app.beginRow().append(b.code()).append(b.date()).appendNull().appendNull().appendNull();
        if (i == 999) {
          app.appendNull();     // close is NOT NULL
        } else {
          app.append(b.close());
        }
        app.append(b.adjClose()).appendNull().append("HKD").append(id).endRow();
      }
    })).isInstanceOf(StoreException.class).hasMessageContaining("store bars");
    assertThat(fingerprint()).isEqualTo(before);
    assertThat(store.importLog()).hasSize(1);
  }

  @Test
  void anExceptionThrownMidWriteLeavesTheStoreExactlyAsBefore() throws SQLException {
    List<Bar> first = daily("0700.HK", "2024-01-01", "2024-12-31", 300);
    store.writeBars(first);
    String before = fingerprint();
    assertThatThrownBy(() -> store.write(KeyedTable.BARS, 10, null, (app, id) -> {
      for (Bar b : first.subList(0, 200)) {   // replaces: same keys, other closes
        app.beginRow().append(b.code()).append(b.date()).appendNull().appendNull().appendNull()
            .append(b.close() + 1).append(b.adjClose() + 1).appendNull().append("HKD").append(id).endRow();
      }
      app.flush();
      throw new IllegalStateException("disk full (simulated)");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(fingerprint()).isEqualTo(before);
    assertThat(store.history("0700.HK").close(0)).isEqualTo(300);
  }

  @Test
  void anImportAndItsLogRowAreWrittenTogether() {
    WriteSummary s = store.writeBars(List.of(bar("0700.HK", "2024-11-01", 380)), source("bars-nov.csv"));
    store.writeBars(List.of(bar("0700.HK", "2024-11-01", 380)), source("bars-nov.csv"));
    List<ImportLogEntry> log = store.importLog();
    assertThat(log).hasSize(2);
    assertThat(log.get(0).source()).isEqualTo(source("bars-nov.csv"));
    assertThat(log.get(0).summary()).isEqualTo(s);
    assertThat(log.get(1).summary()).isEqualTo(new WriteSummary(1, 0, 0, 1));
  }

  private static ImportSource source(String file) {
    return new ImportSource("bars", file, SHA, Instant.parse("2024-12-02T08:30:00Z"));
  }

  @Test
  void periodClosesAcrossAHolidayUseTheLastDayBeforeAndTheFirstDayInside() {
    // HK is closed on 2024-10-01 (National Day) and 2024-10-11 (Chung Yeung)
    store.writeBars(daily("0700.HK", "2024-09-02", "2024-10-31", 100, "2024-10-01", "2024-10-11"));
    PeriodCloses pc = store.periodCloses(List.of("0700.HK"), Period.month(YearMonth.of(2024, 10))).get("0700.HK");
    assertThat(pc.before().date()).isEqualTo(d("2024-09-30"));
    assertThat(pc.first().date()).isEqualTo(d("2024-10-02"));
    assertThat(pc.last().date()).isEqualTo(d("2024-10-31"));
    Period week = Period.week(d("2024-10-07"));
    PeriodCloses w = store.periodCloses(List.of("0700.HK"), week).get("0700.HK");
    assertThat(w.last().date()).isEqualTo(d("2024-10-10"));
  }

  @Test
  void aNameSuspendedThroughThePeriodCarriesItsLastCloseHoweverLongAgo() {
    store.writeBars(daily("0700.HK", "2024-01-01", "2024-12-31", 100));
    store.writeBars(daily("1025.HK", "2024-01-01", "2024-10-15", 10));          // 17 days before November
    store.writeBars(daily("2518.HK", "2024-01-01", "2024-08-30", 20));          // beyond the first window
    store.writeBars(daily("3888.HK", "2020-01-01", "2021-06-30", 30));          // beyond the second window
    store.writeBars(daily("3888.HK", "2025-01-02", "2025-01-31", 40));          // and resumed after the period
    Period nov = Period.month(YearMonth.of(2024, 11));
    Map<String, PeriodCloses> all = store.periodCloses(null, nov);
    assertThat(all.keySet()).containsExactly("0700.HK", "1025.HK", "2518.HK", "3888.HK");
    assertThat(all.get("1025.HK").before().date()).isEqualTo(d("2024-10-15"));
    assertThat(all.get("1025.HK").first()).isNull();
    assertThat(all.get("1025.HK").last()).isEqualTo(all.get("1025.HK").before());
    assertThat(all.get("2518.HK").before().date()).isEqualTo(d("2024-08-30"));
    assertThat(all.get("3888.HK").before().date()).isEqualTo(d("2021-06-30"));
    assertThat(all.get("3888.HK").last().date()).isEqualTo(d("2021-06-30"));
  }

  @Test
  void aNameListedDuringThePeriodHasNoCloseBeforeIt() {
    store.writeBars(daily("0700.HK", "2024-10-01", "2024-11-29", 100));
    store.writeBars(daily("2097.HK", "2024-11-13", "2024-11-29", 15));
    store.writeBars(daily("9999.HK", "2024-12-02", "2024-12-31", 15));        // listed after the period
    Period nov = Period.month(YearMonth.of(2024, 11));
    PeriodCloses listed = store.periodCloses(null, nov).get("2097.HK");
    assertThat(listed.before()).isNull();
    assertThat(listed.first()).isEqualTo(new DatedClose(d("2024-11-13"), 15, 15));
    assertThat(listed.last().date()).isEqualTo(d("2024-11-29"));
    assertThat(store.periodCloses(null, nov)).doesNotContainKey("9999.HK");
    Map<String, PeriodCloses> asked = store.periodCloses(List.of("9999.HK", "NONE.HK"), nov);
    assertThat(asked.get("9999.HK")).isEqualTo(new PeriodCloses("9999.HK", nov, null, null, null));
    assertThat(asked.get("NONE.HK")).isEqualTo(new PeriodCloses("NONE.HK", nov, null, null, null));
  }

  @Test
  void periodClosesAgreeWithCuttingTheFullHistory() {
    store.writeBars(daily("0700.HK", "2023-01-02", "2024-12-31", 100, "2024-10-01", "2024-12-25"));
    store.writeBars(daily("1025.HK", "2023-03-01", "2024-06-28", 10));
    store.writeBars(daily("2097.HK", "2024-11-13", "2024-12-31", 15));
    List<Period> periods = List.of(Period.month(YearMonth.of(2024, 11)), Period.month(YearMonth.of(2024, 10)),
        Period.week(d("2024-12-23")), Period.yearToDate(d("2024-11-29")), Period.custom(d("2023-01-01"), d("2023-01-01")),
        Period.quarter(2024, 3));
    for (Period p : periods) {
      Map<String, PeriodCloses> got = store.periodCloses(List.of("0700.HK", "1025.HK", "2097.HK"), p);
      for (String code : got.keySet()) {
        assertThat(got.get(code)).as(code + " " + p).isEqualTo(PeriodCloses.of(store.history(code), p));
      }
    }
  }

  @Test
  void historiesCutADateRangeAndGiveEmptyHistoriesForUnknownCodes() {
    store.writeBars(daily("0700.HK", "2024-11-01", "2024-11-29", 100));
    Map<String, PriceHistory> h = store.histories(List.of("0700.HK", "NONE.HK"), d("2024-11-04"), d("2024-11-08"));
    assertThat(h.get("0700.HK").size()).isEqualTo(5);
    assertThat(h.get("0700.HK").firstDate()).isEqualTo(d("2024-11-04"));
    assertThat(h.get("NONE.HK").isEmpty()).isTrue();
    assertThat(store.history("NONE.HK").isEmpty()).isTrue();
  }

  @Test
  void fxRatesAreReplacedByPairAndDay() {
    store.writeFx(List.of(new FxRate(d("2024-11-29"), "USD", "CNY", 7.2), new FxRate(d("2024-11-29"), "HKD", "CNY", 0.93)));
    WriteSummary s = store.writeFx(List.of(new FxRate(d("2024-11-29"), "USD", "CNY", 7.2432),
        new FxRate(d("2024-11-28"), "USD", "CNY", 7.24)));
    assertThat(s).isEqualTo(new WriteSummary(2, 1, 1, 0));
    assertThat(store.fxRates()).containsExactly(new FxRate(d("2024-11-28"), "USD", "CNY", 7.24),
        new FxRate(d("2024-11-29"), "HKD", "CNY", 0.93), new FxRate(d("2024-11-29"), "USD", "CNY", 7.2432));
  }

  @Test
  void aSecondFxSourceForTheSamePairAndDayIsKeptNextToTheFirst() {
    store.writeFx(List.of(new FxRate(d("2025-12-01"), "USD", "CNY", 7.07, "yahoo", FxKind.DAILY)));
    WriteSummary s = store.writeFx(List.of(new FxRate(d("2025-12-01"), "USD", "CNY", 7.05, "fred", FxKind.MONTHLY_AVERAGE)));
    assertThat(s).isEqualTo(new WriteSummary(1, 1, 0, 0));
    assertThat(store.fxRates()).containsExactly(
        new FxRate(d("2025-12-01"), "USD", "CNY", 7.05, "fred", FxKind.MONTHLY_AVERAGE),
        new FxRate(d("2025-12-01"), "USD", "CNY", 7.07, "yahoo", FxKind.DAILY));
  }

  @Test
  void seriesSpansAndLastBarDatesComeFromTheStore() {
    store.writeBars(List.of(bar("0700.HK", "2024-11-12", 400), bar("0700.HK", "2024-11-13", 401),
        bar("IQ.O", "2024-11-29", 2)));
    assertThat(store.barSpans(List.of("0700.HK", "NONE.HK"))).containsOnlyKeys("0700.HK");
    assertThat(store.barSpans(null).get("0700.HK").last()).isEqualTo(d("2024-11-13"));
    assertThat(store.lastBarDates(d("2024-11-01"), d("2024-11-30")))
        .containsExactly(java.util.Map.entry("0700.HK", d("2024-11-13")), java.util.Map.entry("IQ.O", d("2024-11-29")));
  }

  @Test
  void capitalisationIsLookedUpOnOrBeforeADay() {
    store.writeCapitalisation(List.of(Capitalisation.shares("0700.HK", d("2024-06-30"), 9.3e9),
        Capitalisation.marketCap("0700.HK", d("2024-09-30"), 3.6e12)));
    assertThat(store.capitalisationOnOrBefore("0700.HK", d("2024-06-29"))).isEmpty();
    assertThat(store.capitalisationOnOrBefore("0700.HK", d("2024-06-30")).orElseThrow().shares()).isEqualTo(9.3e9);
    Capitalisation later = store.capitalisationOnOrBefore("0700.HK", d("2024-11-29")).orElseThrow();
    assertThat(later.date()).isEqualTo(d("2024-09-30"));
    assertThat(later.marketCap()).isEqualTo(3.6e12);
    assertThat(later.shares()).isNaN();
    assertThat(store.capitalisationOnOrBefore("9988.HK", d("2024-11-29"))).isEmpty();
  }

  @Test
  void capitalisationOfManyCodesIsOneReadThatAgreesWithTheSingleLookUp() {
    store.writeCapitalisation(List.of(Capitalisation.shares("0700.HK", d("2024-06-30"), 9.3e9),
        Capitalisation.marketCap("0700.HK", d("2024-09-30"), 3.6e12), Capitalisation.shares("9988.HK", d("2024-03-31"), 1.9e10),
        Capitalisation.shares("9988.HK", d("2024-12-31"), 1.8e10)));
    Map<String, LocalDate> days = new LinkedHashMap<>();
    days.put("9988.HK", d("2024-11-29"));
    days.put("0700.HK", d("2024-07-01"));
    days.put("3690.HK", d("2024-11-29"));
    days.put("BIDU.O", d("2024-01-01"));
    Map<String, Capitalisation> caps = store.capitalisationOnOrBefore(days);
    assertThat(caps).containsOnlyKeys("9988.HK", "0700.HK");
    assertThat(caps.keySet()).containsExactly("9988.HK", "0700.HK");
    days.forEach((code, day) -> assertThat(Optional.ofNullable(caps.get(code)))
        .isEqualTo(store.capitalisationOnOrBefore(code, day)));
    assertThat(caps.get("9988.HK").shares()).isEqualTo(1.9e10);
    assertThat(store.capitalisationOnOrBefore(Map.of())).isEmpty();
  }

  @Test
  void valuationComesBackInDateOrderAndReImportIsANoOp() {
    List<ValuationPoint> pe = List.of(new ValuationPoint("HSTECH.HI", d("2024-11-29"), 20.1),
        new ValuationPoint("HSTECH.HI", d("2024-10-31"), 21.5), new ValuationPoint("IXIC.GI", d("2024-11-29"), 41.0));
    store.writeValuation(pe);
    assertThat(store.valuation("HSTECH.HI")).extracting(ValuationPoint::date).containsExactly(d("2024-10-31"), d("2024-11-29"));
    assertThat(store.writeValuation(pe)).isEqualTo(new WriteSummary(3, 0, 0, 3));
    assertThat(store.valuation("NONE.HI")).isEmpty();
  }
}
