package org.sectordesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.PriceHistory;

/**
 * {@code bar_gaps} lets {@code periodCloses} find the close before a period without scanning the older history.
 * These tests build stores with suspensions of every length around the 40-day window, stale series, names
 * listed mid-period and names that resume after it, imported in pieces in a shuffled order (back-fills,
 * corrections, identical re-imports, bulk CSV loads), and check that the store's answer is the same as the
 * statement it replaced (which scanned the history) and as cutting each full history, for every month, many
 * weeks, year-to-date and single days; and that the maintained table equals one derived from scratch after
 * every import.
 */
class BarGapsTest {
  private static final LocalDate FIRST = LocalDate.of(2021, 1, 4);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);

  @TempDir
  Path dir;

  // ------------------------------------------------------------------ the statement bar_gaps replaced

  /**
   * {@code periodCloses(null, period)} as it was before {@code bar_gaps}: a window from 40 days before the start,
   * then 400 days, then the whole history, for the codes with no close before the start in the window.
   */
  static Map<String, PeriodCloses> scanningPeriodCloses(Connection c, Period period) throws SQLException {
    String start = "DATE '" + period.start() + "'";
    String end = "DATE '" + period.end() + "'";
    String near = "DATE '" + period.start().minusDays(40) + "'";
    String far = "DATE '" + period.start().minusDays(400) + "'";
    String before = "FILTER (WHERE date < " + start + ")";
    String inside = "FILTER (WHERE date >= " + start + ")";
    String sql = "WITH w AS (SELECT code, max(date) " + before + " AS b_date, arg_max(close, date) " + before + " AS b_close,"
        + " arg_max(adj_close, date) " + before + " AS b_adj, min(date) " + inside + " AS f_date,"
        + " arg_min(close, date) " + inside + " AS f_close, arg_min(adj_close, date) " + inside + " AS f_adj,"
        + " max(date) AS l_date, arg_max(close, date) AS l_close, arg_max(adj_close, date) AS l_adj"
        + " FROM bars WHERE date >= " + near + " AND date <= " + end + " GROUP BY code),"
        + " known AS (SELECT code, first_date FROM bar_codes WHERE first_date <= " + end + "),"
        + " need AS (SELECT code FROM known WHERE first_date < " + near
        + " EXCEPT SELECT code FROM w WHERE b_date IS NOT NULL),"
        + " old1 AS (SELECT code, max(date) AS b_date, arg_max(close, date) AS b_close, arg_max(adj_close, date) AS b_adj"
        + " FROM bars WHERE date >= " + far + " AND date < " + near + " AND code IN (SELECT code FROM need) GROUP BY code),"
        + " old2 AS (SELECT code, max(date) AS b_date, arg_max(close, date) AS b_close, arg_max(adj_close, date) AS b_adj"
        + " FROM bars WHERE date < " + far + " AND code IN (SELECT code FROM need EXCEPT SELECT code FROM old1) GROUP BY code),"
        + " old AS (SELECT * FROM old1 UNION ALL SELECT * FROM old2)"
        + " SELECT k.code,"
        + " coalesce(w.b_date, old.b_date) - DATE '1970-01-01', coalesce(w.b_close, old.b_close), coalesce(w.b_adj, old.b_adj),"
        + " w.f_date - DATE '1970-01-01', w.f_close, w.f_adj,"
        + " coalesce(w.l_date, old.b_date) - DATE '1970-01-01', coalesce(w.l_close, old.b_close), coalesce(w.l_adj, old.b_adj)"
        + " FROM known k LEFT JOIN w ON w.code = k.code LEFT JOIN old ON old.code = k.code ORDER BY k.code";
    Map<String, PeriodCloses> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), new PeriodCloses(rs.getString(1), period, dated(rs, 2), dated(rs, 5), dated(rs, 8)));
      }
    }
    return out;
  }

  private static DatedClose dated(ResultSet rs, int col) throws SQLException {
    long day = rs.getLong(col);
    if (rs.wasNull()) {
      return null;
    }
    return new DatedClose(LocalDate.ofEpochDay(day), rs.getDouble(col + 1), rs.getDouble(col + 2));
  }

  /** bar_gaps as derived from scratch from the bars (the migration's statement), sorted. */
  private static List<String> derivedGaps(Connection c) throws SQLException {
    return rows(c, "SELECT code, date, close, adj_close, next_date FROM (SELECT code, date, close, adj_close,"
        + " lead(date) OVER (PARTITION BY code ORDER BY date) AS next_date FROM bars)"
        + " WHERE next_date IS NULL OR next_date - date > " + DuckDbMarketStore.GAP_DAYS + " ORDER BY ALL");
  }

  private static List<String> storedGaps(Connection c) throws SQLException {
    return rows(c, "SELECT code, date, close, adj_close, next_date FROM bar_gaps ORDER BY ALL");
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(rs.getString(i)).append(i < n ? " " : "");
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ the fixture

  /** Trading days (weekdays) from {@code from} to {@code to} outside the suspensions, closes on a random walk. */
  private static List<Bar> series(String code, LocalDate from, LocalDate to, List<LocalDate[]> suspensions,
      SplittableRandom rnd) {
    List<Bar> out = new ArrayList<>();
    double close = 10 + rnd.nextInt(300);
    double factor = 0.6 + rnd.nextDouble() * 0.3;   // adjusted below raw, so the two can never be mixed up unseen
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      LocalDate day = d;
      if (suspensions.stream().anyMatch(s -> !day.isBefore(s[0]) && !day.isAfter(s[1]))) {
        continue;
      }
      close = Math.max(0.5, Math.round(close * (1 + (rnd.nextDouble() - 0.5) * 0.06) * 100) / 100.0);
      factor = Math.min(1, factor * (1 + rnd.nextDouble() * 0.0004));
      out.add(new Bar(code, day, Double.NaN, Double.NaN, Double.NaN, close, Math.round(close * factor * 1e6) / 1e6,
          Double.NaN, "HKD"));
    }
    return out;
  }

  private static List<LocalDate[]> suspended(LocalDate from, LocalDate to) {
    List<LocalDate[]> out = new ArrayList<>();
    out.add(new LocalDate[] {from, to});
    return out;
  }

  /**
   * The true histories: hand-made cases at the edges of the 40-day window before 2024-11-01 (its first day is
   * 2024-09-22), plus random names with suspensions of 5 to 500 days, late listings and series that stop.
   */
  private static Map<String, List<Bar>> truth(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Map<String, List<Bar>> t = new TreeMap<>();
    LocalDate nov = LocalDate.of(2024, 11, 1);
    LocalDate near = nov.minusDays(40);
    // last bar the day before the window, back inside November / only after it / never
    t.put("0001.HK", series("0001.HK", FIRST, LAST, suspended(near, nov.plusDays(5)), rnd));
    t.put("0002.HK", series("0002.HK", FIRST, LAST, suspended(near, LocalDate.of(2025, 2, 10)), rnd));
    t.put("0003.HK", series("0003.HK", FIRST, near.minusDays(1), List.of(), rnd));
    // suspended from the window's second day; gaps of 41 and of exactly 40 days ending in the window
    t.put("0004.HK", series("0004.HK", FIRST, LAST, suspended(near.plusDays(1), nov.plusDays(20)), rnd));
    t.put("0005.HK", series("0005.HK", FIRST, LAST, suspended(LocalDate.of(2024, 9, 21), LocalDate.of(2024, 10, 30)), rnd));
    t.put("0006.HK", series("0006.HK", FIRST, LAST, suspended(LocalDate.of(2024, 9, 21), LocalDate.of(2024, 10, 29)), rnd));
    // suspended years ago and stale since; listed inside the month; listed after it
    t.put("0007.HK", series("0007.HK", FIRST, LocalDate.of(2022, 3, 15), List.of(), rnd));
    t.put("0008.HK", series("0008.HK", LocalDate.of(2024, 11, 13), LAST, List.of(), rnd));
    t.put("0009.HK", series("0009.HK", LocalDate.of(2024, 12, 2), LAST, List.of(), rnd));
    int[] lengths = {5, 38, 39, 40, 41, 42, 45, 60, 120, 200, 500};
    long span = LAST.toEpochDay() - FIRST.toEpochDay();
    for (int i = 10; i < 26; i++) {
      String code = String.format(Locale.ROOT, "%04d.HK", i);
      LocalDate from = rnd.nextInt(4) == 0 ? FIRST.plusDays(rnd.nextLong(span - 60)) : FIRST;
      LocalDate to = rnd.nextInt(4) == 0 ? from.plusDays(30 + rnd.nextLong(Math.max(1, LAST.toEpochDay() - from.toEpochDay() - 30))) : LAST;
      List<LocalDate[]> susp = new ArrayList<>();
      for (int k = rnd.nextInt(4); k > 0; k--) {
        LocalDate s = from.plusDays(rnd.nextLong(Math.max(1, to.toEpochDay() - from.toEpochDay())));
        susp.add(new LocalDate[] {s, s.plusDays(lengths[rnd.nextInt(lengths.length)] - 1)});
      }
      List<Bar> bars = series(code, from, to, susp, rnd);
      if (!bars.isEmpty()) {
        t.put(code, bars);
      }
    }
    return t;
  }

  /** One import: bars of one or more codes, written through the store or through the bulk CSV loader. */
  private record Piece(List<Bar> bars, boolean bulk) {}

  /**
   * Each history cut into 1 to 4 pieces at random days, shuffled (so later pieces back-fill and pieces land in
   * the middle of what is stored); some pieces first arrive with wrong closes and are corrected by a later
   * import, some are imported twice, some go through the bulk loader, some are merged with another code's.
   */
  private static List<Piece> pieces(Map<String, List<Bar>> truth, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<List<Bar>> chunks = new ArrayList<>();
    for (List<Bar> bars : truth.values()) {
      List<Integer> cuts = new ArrayList<>(List.of(0, bars.size()));
      for (int k = rnd.nextInt(4); k > 0; k--) {
        cuts.add(1 + rnd.nextInt(Math.max(1, bars.size() - 1)));
      }
      cuts = cuts.stream().distinct().sorted().toList();
      for (int k = 0; k + 1 < cuts.size(); k++) {
        chunks.add(bars.subList(cuts.get(k), cuts.get(k + 1)));
      }
    }
    Collections.shuffle(chunks, new java.util.Random(seed));
    List<Piece> out = new ArrayList<>();
    List<Piece> corrections = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      List<Bar> bars = new ArrayList<>(chunks.get(i));
      if (i + 1 < chunks.size() && rnd.nextInt(5) == 0) {
        bars.addAll(chunks.get(++i));   // two codes (or two pieces) in one file
      }
      boolean bulk = rnd.nextInt(3) == 0;
      if (rnd.nextInt(5) == 0) {
        List<Bar> wrong = bars.stream().map(b -> new Bar(b.code(), b.date(), b.open(), b.high(), b.low(),
            Math.round(b.close() * 110) / 100.0, b.adjClose() * 1.1, b.volume(), b.currency())).toList();
        out.add(new Piece(wrong, bulk));
        corrections.add(new Piece(bars, !bulk));
      } else {
        out.add(new Piece(bars, bulk));
        if (rnd.nextInt(6) == 0) {
          out.add(new Piece(bars, !bulk));   // the same bars again: changes nothing
        }
      }
    }
    out.addAll(corrections);
    return out;
  }

  private void write(DuckDbMarketStore store, Piece p, int n) throws IOException {
    if (!p.bulk()) {
      store.writeBars(p.bars());
      return;
    }
    Path csv = dir.resolve("piece-" + n + ".csv");
    StringBuilder b = new StringBuilder("code,date,open,high,low,close,adj_close,volume,currency\n");
    for (Bar bar : p.bars()) {
      b.append(bar.code()).append(',').append(bar.date()).append(",,,,").append(bar.close()).append(',')
          .append(bar.adjClose()).append(",,").append(bar.currency()).append('\n');
    }
    Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
    BarLoad load = new DeskCsvBarLoader(store.database()).load(csv, null, null);
    assertThat(load.problems()).as("bulk load of piece " + n).isEmpty();
  }

  private static List<Period> periods() {
    List<Period> out = new ArrayList<>();
    for (YearMonth m = YearMonth.from(FIRST).minusMonths(1); !m.isAfter(YearMonth.from(LAST).plusMonths(1)); m = m.plusMonths(1)) {
      out.add(Period.month(m));
    }
    for (LocalDate monday = LocalDate.of(2021, 1, 4); monday.isBefore(LAST); monday = monday.plusWeeks(11)) {
      out.add(Period.week(monday));
    }
    for (int y = 2021; y <= 2025; y++) {
      out.add(Period.yearToDate(LocalDate.of(y, 11, 29)));
      out.add(Period.quarter(y, 3));
    }
    for (String day : List.of("2024-09-20", "2024-09-21", "2024-09-22", "2024-10-29", "2024-10-30", "2024-10-31", "2024-11-01", "2024-11-04",
        "2022-03-15", "2022-03-16", "2022-06-30", "2025-12-31")) {
      out.add(Period.custom(LocalDate.parse(day), LocalDate.parse(day)));
    }
    out.add(Period.custom(LocalDate.of(2024, 9, 21), LocalDate.of(2024, 11, 30)));
    return out;
  }

  // ------------------------------------------------------------------ the tests

  @Test
  void periodClosesEqualTheScanningStatementAndTheFullHistoriesAfterShuffledImports() throws Exception {
    for (long seed : new long[] {20241129L}) {
      Map<String, List<Bar>> truth = truth(seed);
      try (Database db = Database.open(dir.resolve("desk-" + seed + ".duckdb"))) {
        DuckDbMarketStore store = new DuckDbMarketStore(db);
        List<Piece> pieces = pieces(truth, seed);
        for (int i = 0; i < pieces.size(); i++) {
          write(store, pieces.get(i), i);
          assertThat(storedGaps(db.connection())).as("bar_gaps after import " + i + " of seed " + seed)
              .isEqualTo(derivedGaps(db.connection()));
        }
        assertThat(store.barCount()).isEqualTo(truth.values().stream().mapToLong(List::size).sum());
        Map<String, PriceHistory> histories = store.histories(truth.keySet(), FIRST.minusYears(1), LAST.plusYears(1));
        for (String code : truth.keySet()) {
          assertThat(histories.get(code).size()).as(code).isEqualTo(truth.get(code).size());
          assertThat(histories.get(code).close(0)).as(code).isEqualTo(truth.get(code).get(0).close());
        }
        int carried = 0;
        for (Period p : periods()) {
          Map<String, PeriodCloses> ours = store.periodCloses(null, p);
          assertThat(ours).as("all codes, " + p).isEqualTo(scanningPeriodCloses(db.connection(), p));
          for (Map.Entry<String, PriceHistory> h : histories.entrySet()) {
            PeriodCloses cut = PeriodCloses.of(h.getValue(), p);
            if (cut.last() == null) {
              assertThat(ours).as(h.getKey() + " " + p).doesNotContainKey(h.getKey());
            } else {
              assertThat(ours.get(h.getKey())).as(h.getKey() + " " + p).isEqualTo(cut);
              if (cut.before() != null && cut.before().date().isBefore(p.start().minusDays(40))) {
                carried++;
              }
            }
          }
          List<String> asked = List.of("0002.HK", "0003.HK", "0009.HK", "NONE.HK", "0001.HK");
          Map<String, PeriodCloses> some = store.periodCloses(asked, p);
          assertThat(some.keySet()).containsExactlyElementsOf(asked);
          for (String code : asked) {
            PeriodCloses expected = histories.containsKey(code) ? PeriodCloses.of(histories.get(code), p)
                : new PeriodCloses(code, p, null, null, null);
            assertThat(some.get(code)).as(code + " asked, " + p).isEqualTo(expected);
          }
        }
        // the fixture does exercise the carried closes (a close from before the window)
        assertThat(carried).isGreaterThan(30);
      }
    }
  }

  @Test
  void theHandMadeEdgesOfTheWindowCarryTheRightClose() {
    Map<String, List<Bar>> truth = truth(1);
    try (Database db = Database.open(dir.resolve("desk.duckdb"))) {
      DuckDbMarketStore store = new DuckDbMarketStore(db);
      truth.values().forEach(store::writeBars);
      Period nov = Period.month(YearMonth.of(2024, 11));
      Map<String, PeriodCloses> pc = store.periodCloses(null, nov);
      assertThat(pc.get("0001.HK").before().date()).isEqualTo(LocalDate.of(2024, 9, 20));   // Friday before the window
      assertThat(pc.get("0001.HK").first().date()).isEqualTo(LocalDate.of(2024, 11, 7));
      assertThat(pc.get("0002.HK").before().date()).isEqualTo(LocalDate.of(2024, 9, 20));
      assertThat(pc.get("0002.HK").first()).isNull();
      assertThat(pc.get("0002.HK").last()).isEqualTo(pc.get("0002.HK").before());
      assertThat(pc.get("0003.HK").last().date()).isEqualTo(LocalDate.of(2024, 9, 20));     // stale since
      assertThat(pc.get("0005.HK").before().date()).isEqualTo(LocalDate.of(2024, 10, 31));  // 41-day gap ends inside
      assertThat(pc.get("0006.HK").before().date()).isEqualTo(LocalDate.of(2024, 10, 31));
      assertThat(pc.get("0007.HK").before().date()).isEqualTo(LocalDate.of(2022, 3, 15));
      assertThat(pc.get("0008.HK").before()).isNull();
      assertThat(pc).doesNotContainKey("0009.HK");
    }
  }

  @Test
  void aWorkspaceFromBeforeBarGapsGetsThemDerivedWhenOpenedEvenReadOnly() throws Exception {
    Path file = dir.resolve("old.duckdb");
    Map<String, List<Bar>> truth = truth(3);
    Map<Period, Map<String, PeriodCloses>> expected = new LinkedHashMap<>();
    try (Database db = Database.open(file)) {
      DuckDbMarketStore store = new DuckDbMarketStore(db);
      truth.values().forEach(store::writeBars);
      for (Period p : periods()) {
        expected.put(p, scanningPeriodCloses(db.connection(), p));
      }
      try (Statement s = db.connection().createStatement()) {   // as a workspace written before migration 6
        s.execute("DROP TABLE bar_gaps");
        s.execute("DELETE FROM schema_versions WHERE version = 6");
      }
    }
    try (Database db = Database.open(file, true)) {
      assertThat(Migrations.applied(db.connection())).contains(6);
      assertThat(storedGaps(db.connection())).isEqualTo(derivedGaps(db.connection())).isNotEmpty();
      DuckDbMarketStore store = new DuckDbMarketStore(db);
      for (Period p : periods()) {
        assertThat(store.periodCloses(null, p)).as(p.toString()).isEqualTo(expected.get(p));
      }
    }
  }

  @Test
  void aRejectedOrFailedImportLeavesBarGapsAsTheyWere() throws Exception {
    try (Database db = Database.open(dir.resolve("desk.duckdb"))) {
      DuckDbMarketStore store = new DuckDbMarketStore(db);
      truth(5).values().forEach(store::writeBars);
      List<String> before = storedGaps(db.connection());
      Path csv = dir.resolve("bad.csv");
      Files.writeString(csv, "code,date,open,high,low,close,adj_close,volume,currency\n"
          + "0001.HK,2024-10-02,,,,12.5,12.5,,HKD\n0001.HK,2024-10-03,,,,abc,12.5,,HKD\n");
      assertThat(new DeskCsvBarLoader(db).load(csv, null, null).stored()).isFalse();
      assertThat(storedGaps(db.connection())).isEqualTo(before);
    }
  }
}
