package org.sectordesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.FxKind;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.SeriesSpan;
import org.sectordesk.domain.ValuationPoint;

/**
 * The market data of a workspace in its DuckDB file.
 *
 * <p>Writes: each call is one transaction. The rows are appended with the DuckDB Appender, tagged with a
 * fresh import id, then set-based SQL pairs them with stored rows of the same key and keeps exactly one
 * row per key (see {@link KeyedTable}). Any failure rolls everything back.
 *
 * <p>Reads of the month review ({@link #periodCloses}) look only at the row groups of a window around
 * the period; a code with no bar there carries the close its {@code bar_gaps} row keeps (the bar after which
 * it had no bar for more than {@link #GAP_DAYS} days, or its last bar), so no read scans the older history.
 */
public final class DuckDbMarketStore implements MarketStore {
  /**
   * {@code bar_gaps} keeps every bar followed by no bar of its code for more than this many days, and each
   * code's last bar; {@link #periodCloses} reads the bars from this many days before the period start, so a
   * code without a bar in that window finds its last close before the period in {@code bar_gaps}. The same 40
   * is in schema/bar_gaps.sql, which derives the table for a workspace from before it existed.
   */
  static final int GAP_DAYS = 40;

  private final Database db;

  public DuckDbMarketStore(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  public Database database() {
    return db;
  }

  // ---------------------------------------------------------------- writes

  @Override
  public WriteSummary writeBars(List<Bar> bars) {
    return writeBars(bars, null);
  }

  /** Writes the bars and, when {@code source} is given, its {@code import_log} row, in one transaction. */
  public WriteSummary writeBars(List<Bar> bars, ImportSource source) {
    List<Bar> unique = unique(bars, b -> b.code() + " " + b.date(), "bars of");
    return write(KeyedTable.BARS, unique.size(), source, (app, id) -> {
      for (Bar b : unique) {
        app.beginRow().append(b.code()).append(b.date());
        nullable(app, b.open());
        nullable(app, b.high());
        nullable(app, b.low());
        app.append(b.close()).append(b.adjClose());
        nullable(app, b.volume());
        app.append(b.currency()).append(id).endRow();
      }
    });
  }

  @Override
  public WriteSummary writeFx(List<FxRate> rates) {
    return writeFx(rates, null);
  }

  public WriteSummary writeFx(List<FxRate> rates, ImportSource source) {
    List<FxRate> unique = unique(rates, r -> r.pair() + " " + r.date() + " " + r.source(), "FX rates of");
    return write(KeyedTable.FX, unique.size(), source, (app, id) -> {
      for (FxRate r : unique) {
        app.beginRow().append(r.date()).append(r.base()).append(r.quote()).append(r.rate()).append(id)
            .append(r.source()).append(r.kind().label()).endRow();
      }
    });
  }

  @Override
  public WriteSummary writeCapitalisation(List<Capitalisation> points) {
    return writeCapitalisation(points, null);
  }

  public WriteSummary writeCapitalisation(List<Capitalisation> points, ImportSource source) {
    List<Capitalisation> unique = unique(points, p -> p.code() + " " + p.date(), "capitalisation of");
    return write(KeyedTable.CAPITALISATION, unique.size(), source, (app, id) -> {
      for (Capitalisation p : unique) {
        app.beginRow().append(p.code()).append(p.date());
        nullable(app, p.shares());
        nullable(app, p.marketCap());
        app.append(id).endRow();
      }
    });
  }

  @Override
  public WriteSummary writeValuation(List<ValuationPoint> points) {
    return writeValuation(points, null);
  }

  public WriteSummary writeValuation(List<ValuationPoint> points, ImportSource source) {
    List<ValuationPoint> unique = unique(points, p -> p.code() + " " + p.date(), "PE-TTM of");
    return write(KeyedTable.VALUATION, unique.size(), source, (app, id) -> {
      for (ValuationPoint p : unique) {
        app.beginRow().append(p.code()).append(p.date()).append(p.peTtm()).append(id).endRow();
      }
    });
  }

  /** Every import recorded in {@code import_log}, oldest first. */
  public List<ImportLogEntry> importLog() {
    String sql = "SELECT kind, file, sha256, imported_at, rows_read, inserted, replaced, unchanged"
        + " FROM import_log ORDER BY id";
    return query("read the import log", sql, List.of(), rs -> {
      List<ImportLogEntry> out = new ArrayList<>();
      while (rs.next()) {
        ImportSource src = new ImportSource(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toLocalDateTime().toInstant(ZoneOffset.UTC));
        out.add(new ImportLogEntry(src, new WriteSummary(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8))));
      }
      return out;
    });
  }

  @FunctionalInterface
  interface RowWriter {
    void append(DuckDBAppender appender, long importId) throws SQLException;
  }

  WriteSummary write(KeyedTable table, long read, ImportSource source, RowWriter rows) {
    return Transactions.run(db, "store " + table.name, c -> {
      long id = nextImportId(c);
      try (DuckDBAppender app = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name)) {
        rows.append(app, id);
      }
      if (table == KeyedTable.BARS) {
        execute(c, "CREATE OR REPLACE TEMP TABLE batch_codes AS SELECT code, count(*) AS n, min(date) AS first_date,"
            + " max(date) AS last_date FROM bars WHERE import_id = " + id + " GROUP BY code");
      }
      WriteSummary summary = applyImport(c, table, id, read);
      if (source != null) {
        logImport(c, id, source, summary);
      }
      return summary;
    });
  }

  /** A fresh import id; call inside the import's transaction. */
  static long nextImportId(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT nextval('import_ids')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Applies the rows of import {@code id}, already appended to the table and unique by key, with replace
   * semantics; for bars also brings {@code bar_codes} up to date from temp table {@code batch_codes}
   * (code, n, first_date, last_date of the import's rows). Runs inside the caller's transaction.
   *
   * @param read the number of the import's rows (distinct keys) in the table
   */
  static WriteSummary applyImport(Connection c, KeyedTable t, long id, long read) throws SQLException {
    return applyImport(c, t, id, read, false);
  }

  /**
   * @param batchMarks for bars: temp table {@code batch_marks} (the bulk loader's) holds the gap rows of the
   *                   import's own rows (code, date, close, adj_close, next_date within the import); for codes that
   *                   had no bars before, they are the gap rows. It is dropped here.
   */
  static WriteSummary applyImport(Connection c, KeyedTable t, long id, long read, boolean batchMarks) throws SQLException {
    boolean othersStored = longValue(c, "SELECT count(*) FROM (SELECT 1 FROM " + t.name + " WHERE import_id <> " + id
        + " LIMIT 1)") > 0;
    long unchanged = 0;
    long replaced = 0;
    if (othersStored) {
      String range = "";
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT min(date)::VARCHAR, max(date)::VARCHAR FROM " + t.name + " WHERE import_id = " + id)) {
        rs.next();
        if (rs.getString(1) != null) {
          range = "o.date BETWEEN DATE '" + rs.getString(1) + "' AND DATE '" + rs.getString(2) + "'";
        }
      }
      execute(c, t.overlapSql(id, range));
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT count(*) FILTER (WHERE same), count(*) FILTER (WHERE NOT same) FROM write_overlap")) {
        rs.next();
        unchanged = rs.getLong(1);
        replaced = rs.getLong(2);
      }
      if (unchanged > 0) {
        execute(c, "DELETE FROM " + t.name + " WHERE rowid IN (SELECT new_row FROM write_overlap WHERE same)");
      }
      if (replaced > 0) {
        execute(c, "DELETE FROM " + t.name + " WHERE rowid IN (SELECT old_row FROM write_overlap WHERE NOT same)");
      }
    } else {
      execute(c, t.overlapSql(id, "false"));
    }
    if (t == KeyedTable.BARS) {
      if (unchanged < read) {
        refreshGaps(c, batchMarks);
      }
      if (batchMarks) {
        execute(c, "DROP TABLE IF EXISTS batch_marks");
      }
      execute(c, "CREATE OR REPLACE TEMP TABLE bar_codes_new AS SELECT b.code,"
          + " least(b.first_date, coalesce(s.first_date, b.first_date)) AS first_date,"
          + " greatest(b.last_date, coalesce(s.last_date, b.last_date)) AS last_date,"
          + " coalesce(s.bars, 0) + b.n - coalesce(o.n, 0) AS bars"
          + " FROM batch_codes b LEFT JOIN bar_codes s ON s.code = b.code"
          + " LEFT JOIN (SELECT code, count(*) AS n FROM write_overlap GROUP BY code) o ON o.code = b.code");
      execute(c, "DELETE FROM bar_codes WHERE code IN (SELECT code FROM bar_codes_new)");
      execute(c, "INSERT INTO bar_codes SELECT code, first_date, last_date, bars FROM bar_codes_new");
      execute(c, "DROP TABLE bar_codes_new");
      execute(c, "DROP TABLE batch_codes");
    }
    execute(c, "DROP TABLE write_overlap");
    return new WriteSummary(read, read - unchanged - replaced, replaced, unchanged);
  }

  /**
   * Brings {@code bar_gaps} in step with the bars of the codes in {@code batch_codes} after an import, before
   * {@code bar_codes} is updated. Per code only the bars from its last gap row before the import's first day
   * (or from its first bar) on can have a different next bar, so only they are read again: for a daily file
   * that is the last bar before it and the new ones. With {@code batchMarks}, codes new to the store take their
   * gap rows from the bulk loader's one pass over the import's rows instead of a second pass.
   */
  private static void refreshGaps(Connection c, boolean batchMarks) throws SQLException {
    String known = "";
    if (batchMarks) {
      execute(c, "INSERT INTO bar_gaps SELECT code, date, close, adj_close, next_date FROM batch_marks"
          + " WHERE (next_date IS NULL OR next_date - date > " + GAP_DAYS + ") AND code NOT IN (SELECT code FROM bar_codes)");
      known = " WHERE b.code IN (SELECT code FROM bar_codes)";
    }
    execute(c, "CREATE OR REPLACE TEMP TABLE gap_since AS SELECT b.code, coalesce(max(g.date),"
        + " least(b.first_date, coalesce(any_value(s.first_date), b.first_date))) AS since FROM batch_codes b"
        + " LEFT JOIN bar_gaps g ON g.code = b.code AND g.date < b.first_date"
        + " LEFT JOIN bar_codes s ON s.code = b.code" + known + " GROUP BY b.code, b.first_date");
    String floor;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT min(since)::VARCHAR FROM gap_since")) {
      rs.next();
      floor = rs.getString(1);
    }
    if (floor != null) {
      execute(c, "DELETE FROM bar_gaps USING gap_since s WHERE bar_gaps.code = s.code AND bar_gaps.date >= s.since");
      execute(c, "INSERT INTO bar_gaps SELECT code, date, close, adj_close, next_date FROM (SELECT b.code, b.date,"
          + " b.close, b.adj_close, lead(b.date) OVER (PARTITION BY b.code ORDER BY b.date) AS next_date"
          + " FROM bars b JOIN gap_since s ON s.code = b.code WHERE b.date >= DATE '" + floor + "' AND b.date >= s.since)"
          + " WHERE next_date IS NULL OR next_date - date > " + GAP_DAYS);
    }
    execute(c, "DROP TABLE gap_since");
  }

  static void logImport(Connection c, long id, ImportSource src, WriteSummary s) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_log (id, imported_at, kind, file, sha256,"
        + " rows_read, inserted, replaced, unchanged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setTimestamp(2, Timestamp.valueOf(src.importedAt().atOffset(ZoneOffset.UTC).toLocalDateTime()));
      ps.setString(3, src.kind());
      ps.setString(4, src.file());
      ps.setString(5, src.sha256());
      ps.setLong(6, s.read());
      ps.setLong(7, s.inserted());
      ps.setLong(8, s.replaced());
      ps.setLong(9, s.unchanged());
      ps.executeUpdate();
    }
  }

  /** The values once per key; two different values for one key in one write are refused. */
  private static <T> List<T> unique(List<T> values, Function<T, String> key, String what) {
    Objects.requireNonNull(values, "values");
    Map<String, T> byKey = new LinkedHashMap<>(values.size() * 2);
    for (T v : values) {
      Objects.requireNonNull(v, "a value in the list is null");
      T before = byKey.putIfAbsent(key.apply(v), v);
      if (before != null && !before.equals(v)) {
        throw new IllegalArgumentException("two different " + what + " " + key.apply(v) + " in one write: "
            + before + " and " + v);
      }
    }
    return byKey.size() == values.size() ? values : List.copyOf(byKey.values());
  }

  private static void nullable(DuckDBAppender app, double v) throws SQLException {
    if (Double.isNaN(v)) {
      app.appendNull();
    } else {
      app.append(v);
    }
  }

  // ---------------------------------------------------------------- reads

  @Override
  public PriceHistory history(String code) {
    Objects.requireNonNull(code, "code");
    return histories(List.of(code), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).get(code);
  }

  @Override
  public Map<String, PriceHistory> histories(Collection<String> codes, LocalDate from, LocalDate to) {
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Set<String> wanted = new LinkedHashSet<>(codes);
    String sql = "SELECT code, date - DATE '1970-01-01', close, adj_close FROM bars"
        + " WHERE code IN (SELECT unnest(?::VARCHAR[])) AND date BETWEEN ? AND ? ORDER BY code, date";
    Map<String, PriceHistory> out = new LinkedHashMap<>();
    Map<String, List<double[]>> rows = query("read price histories", sql, List.of(wanted, from, to), rs -> {
      Map<String, List<double[]>> m = new HashMap<>();
      while (rs.next()) {
        m.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new double[] {rs.getLong(2), rs.getDouble(3), rs.getDouble(4)});
      }
      return m;
    });
    for (String code : wanted) {
      List<double[]> r = rows.get(code);
      if (r == null) {
        out.put(code, PriceHistory.empty(code));
        continue;
      }
      // DuckDB 2.0.0.1 with preserve_insertion_order=false and several threads was seen returning the
      // rows of a many-code read out of date order despite ORDER BY; sorting here costs little
      r.sort((a, b) -> Double.compare(a[0], b[0]));
      LocalDate[] dates = new LocalDate[r.size()];
      double[] close = new double[r.size()];
      double[] adj = new double[r.size()];
      for (int i = 0; i < r.size(); i++) {
        dates[i] = LocalDate.ofEpochDay((long) r.get(i)[0]);
        close[i] = r.get(i)[1];
        adj[i] = r.get(i)[2];
      }
      out.put(code, PriceHistory.of(code, dates, close, adj));
    }
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * <p>With a list of codes, every requested code is in the map; fields the store has no bar for are
   * {@code null} (all three for a code without bars). With {@code codes == null}, the map holds every code
   * that has a bar on or before the period end, in code order.
   *
   * <p>One statement: the bars of a window from {@link #GAP_DAYS} days before the start to the end (date-ordered
   * imports make it a few row groups, by the zone maps on {@code date}); a code with older bars but none in the
   * window before the start takes its close before the period from its {@code bar_gaps} row spanning the
   * window's first day, read instead of the older history.
   */
  @Override
  public Map<String, PeriodCloses> periodCloses(Collection<String> codes, Period period) {
    Objects.requireNonNull(period, "period");
    String start = "DATE '" + period.start() + "'";
    String end = "DATE '" + period.end() + "'";
    String near = "DATE '" + period.start().minusDays(GAP_DAYS) + "'";
    String only = codes == null ? "" : " AND code IN (SELECT unnest(?::VARCHAR[]))";
    String before = "FILTER (WHERE date < " + start + ")";
    String inside = "FILTER (WHERE date >= " + start + ")";
    // a gap row before the window whose next bar is not before the start: no bar between it and the start, so
    // it is the last close before the period (at most one per code: a code's gaps do not overlap)
    String sql = "WITH w AS (SELECT code, max(date) " + before + " AS b_date, arg_max(close, date) " + before + " AS b_close,"
        + " arg_max(adj_close, date) " + before + " AS b_adj, min(date) " + inside + " AS f_date,"
        + " arg_min(close, date) " + inside + " AS f_close, arg_min(adj_close, date) " + inside + " AS f_adj,"
        + " max(date) AS l_date, arg_max(close, date) AS l_close, arg_max(adj_close, date) AS l_adj"
        + " FROM bars WHERE date >= " + near + " AND date <= " + end + only + " GROUP BY code),"
        + " known AS (SELECT code FROM bar_codes WHERE first_date <= " + end + only + "),"
        + " old AS (SELECT code, date AS b_date, close AS b_close, adj_close AS b_adj FROM bar_gaps"
        + " WHERE date < " + near + " AND (next_date IS NULL OR next_date >= " + start + ")" + only + ")"
        + " SELECT k.code,"
        + " coalesce(w.b_date, old.b_date) - DATE '1970-01-01', coalesce(w.b_close, old.b_close), coalesce(w.b_adj, old.b_adj),"
        + " w.f_date - DATE '1970-01-01', w.f_close, w.f_adj,"
        + " coalesce(w.l_date, old.b_date) - DATE '1970-01-01', coalesce(w.l_close, old.b_close), coalesce(w.l_adj, old.b_adj)"
        + " FROM known k LEFT JOIN w ON w.code = k.code LEFT JOIN old ON old.code = k.code ORDER BY k.code";
    List<Object> params = new ArrayList<>();
    if (codes != null) {
      Set<String> wanted = new LinkedHashSet<>(codes);
      params.add(wanted);
      params.add(wanted);
      params.add(wanted);
    }
    Map<String, PeriodCloses> found = query("read period closes", sql, params, rs -> {
      Map<String, PeriodCloses> m = new LinkedHashMap<>();
      while (rs.next()) {
        String code = rs.getString(1);
        m.put(code, new PeriodCloses(code, period, dated(rs, 2), dated(rs, 5), dated(rs, 8)));
      }
      return m;
    });
    if (codes == null) {
      return found;
    }
    Map<String, PeriodCloses> out = new LinkedHashMap<>();
    for (String code : codes) {
      PeriodCloses pc = found.get(code);
      out.put(code, pc != null ? pc : new PeriodCloses(code, period, null, null, null));
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

  @Override
  public List<FxRate> fxRates() {
    return query("read FX rates", "SELECT date - DATE '1970-01-01', base, quote, rate, source, kind FROM fx_rates"
        + " ORDER BY date, base, quote, source", List.of(), rs -> {
          List<FxRate> out = new ArrayList<>();
          while (rs.next()) {
            out.add(new FxRate(LocalDate.ofEpochDay(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getDouble(4),
                rs.getString(5), FxKind.parse(rs.getString(6))));
          }
          return out;
        });
  }

  @Override
  public Map<String, SeriesSpan> barSpans(Collection<String> codes) {
    String only = codes == null ? "" : " WHERE code IN (SELECT unnest(?::VARCHAR[]))";
    List<Object> params = codes == null ? List.of() : List.of(new LinkedHashSet<>(codes));
    return query("read series spans", "SELECT code, first_date - DATE '1970-01-01', last_date - DATE '1970-01-01', bars"
        + " FROM bar_codes" + only + " ORDER BY code", params, rs -> {
          Map<String, SeriesSpan> m = new LinkedHashMap<>();
          while (rs.next()) {
            m.put(rs.getString(1), new SeriesSpan(rs.getString(1), LocalDate.ofEpochDay(rs.getLong(2)),
                LocalDate.ofEpochDay(rs.getLong(3)), rs.getLong(4)));
          }
          return m;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Looks at the last two weeks of the period first (a few row groups); only codes whose last bar there is
   * missing need the whole period, which the caller gets by asking again.
   */
  @Override
  public Map<String, LocalDate> lastBarDates(LocalDate from, LocalDate to) {
    return query("read last bar dates", "SELECT code, max(date) - DATE '1970-01-01' FROM bars WHERE date BETWEEN ? AND ?"
        + " GROUP BY code ORDER BY code", List.of(from, to), rs -> {
          Map<String, LocalDate> m = new LinkedHashMap<>();
          while (rs.next()) {
            m.put(rs.getString(1), LocalDate.ofEpochDay(rs.getLong(2)));
          }
          return m;
        });
  }

  @Override
  public Optional<Capitalisation> capitalisationOnOrBefore(String code, LocalDate day) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(day, "day");
    return query("read capitalisation", "SELECT date - DATE '1970-01-01', shares, market_cap FROM capitalisation"
        + " WHERE code = ? AND date <= ? ORDER BY date DESC LIMIT 1", List.of(code, day), rs -> {
          if (!rs.next()) {
            return Optional.empty();
          }
          LocalDate d = LocalDate.ofEpochDay(rs.getLong(1));
          double shares = rs.getDouble(2);
          if (rs.wasNull()) {
            shares = Double.NaN;
          }
          double cap = rs.getDouble(3);
          if (rs.wasNull()) {
            cap = Double.NaN;
          }
          return Optional.of(new Capitalisation(code, d, shares, cap));
        });
  }

  @Override
  public Map<String, Capitalisation> capitalisationOnOrBefore(Map<String, LocalDate> days) {
    if (days.isEmpty()) {
      return Map.of();
    }
    List<String> codes = new ArrayList<>(days.keySet());
    List<String> dates = codes.stream().map(c -> Objects.requireNonNull(days.get(c), "day of " + c).toString()).toList();
    // an as-of join: each code's row with the greatest date on or before its day
    String sql = "WITH want AS (SELECT unnest(?::VARCHAR[]) AS code, unnest(?::VARCHAR[])::DATE AS day)"
        + " SELECT w.code, c.date - DATE '1970-01-01', c.shares, c.market_cap"
        + " FROM want w ASOF JOIN capitalisation c ON c.code = w.code AND w.day >= c.date";
    Map<String, Capitalisation> found = query("read capitalisation", sql, List.of(codes, dates), rs -> {
      Map<String, Capitalisation> m = new HashMap<>();
      while (rs.next()) {
        String code = rs.getString(1);
        LocalDate d = LocalDate.ofEpochDay(rs.getLong(2));
        double shares = rs.getDouble(3);
        if (rs.wasNull()) {
          shares = Double.NaN;
        }
        double cap = rs.getDouble(4);
        if (rs.wasNull()) {
          cap = Double.NaN;
        }
        m.put(code, new Capitalisation(code, d, shares, cap));
      }
      return m;
    });
    Map<String, Capitalisation> out = new LinkedHashMap<>();
    for (String code : codes) {
      Capitalisation c = found.get(code);
      if (c != null) {
        out.put(code, c);
      }
    }
    return out;
  }

  @Override
  public List<ValuationPoint> valuation(String code) {
    Objects.requireNonNull(code, "code");
    return query("read valuation", "SELECT date - DATE '1970-01-01', pe_ttm FROM valuation WHERE code = ? ORDER BY date",
        List.of(code), rs -> {
          List<ValuationPoint> out = new ArrayList<>();
          while (rs.next()) {
            out.add(new ValuationPoint(code, LocalDate.ofEpochDay(rs.getLong(1)), rs.getDouble(2)));
          }
          return out;
        });
  }

  @Override
  public List<String> codesWithBars() {
    return query("list codes", "SELECT code FROM bar_codes ORDER BY code", List.of(), rs -> {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    });
  }

  @Override
  public long barCount() {
    return query("count bars", "SELECT coalesce(sum(bars), 0) FROM bar_codes", List.of(), rs -> {
      rs.next();
      return rs.getLong(1);
    });
  }

  // ---------------------------------------------------------------- plumbing

  @FunctionalInterface
  interface Rows<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T query(String what, String sql, List<Object> params, Rows<T> reader) {
    Connection c = db.connection();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        if (p instanceof Collection<?> list) {
          ps.setArray(i + 1, c.createArrayOf("VARCHAR", list.toArray()));
        } else {
          ps.setObject(i + 1, p);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        return reader.read(rs);
      }
    } catch (SQLException e) {
      throw StoreErrors.of(db, what, e);
    }
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static long longValue(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
