package org.sectordesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sectordesk.domain.SecurityCodes;
import org.sectordesk.ingest.BarRules;
import org.sectordesk.ingest.Currencies;
import org.sectordesk.ingest.DateWindow;
import org.sectordesk.ingest.Plausible;

/**
 * Loads a file in the desk CSV bar layout with DuckDB's own CSV reader: the path for very large files
 * (a full market's history), where turning every row into a Java object would be the bottleneck.
 *
 * <p>Layout (header required, columns in any order):
 * {@code code,date,open,high,low,close,adj_close,volume,currency}. {@code date} is {@code YYYY-MM-DD};
 * {@code open}, {@code high}, {@code low}, {@code adj_close}, {@code volume} and {@code currency} may be
 * empty ({@code adj_close} then equals {@code close}; {@code currency} is the trading currency of the
 * code's market: HKD for .HK/.HI, USD for .O/.N/.A/.GI, CNY otherwise).
 *
 * <p>All or nothing, in one transaction, with the replace semantics of {@link DuckDbMarketStore}. The rows
 * go straight into {@code bars} tagged with a new import id; set-based SQL then checks them (bad dates
 * and numbers through DuckDB's rejects table, which names line and column; non-positive prices, negative
 * volumes, malformed or unknown codes, and conflicting rows for one code and day through aggregates). If
 * anything is wrong the transaction is rolled back and the file is read once more, with line numbers, to
 * say where: that slower pass runs only for rejected files.
 */
public final class DeskCsvBarLoader {
  /** The columns of the layout. */
  public static final List<String> COLUMNS =
      List.of("code", "date", "open", "high", "low", "close", "adj_close", "volume", "currency");
  /** The columns a file must have; the others may be left out, and columns the layout does not know are not read. */
  public static final List<String> REQUIRED = List.of("code", "date", "close");
  private static final List<String> TYPES =
      List.of("VARCHAR", "DATE", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE", "VARCHAR");
  /** At most this many problems are listed; a last one says when there are more. */
  static final int MAX_PROBLEMS = 1000;
  private static final Pattern CAST_VALUE = Pattern.compile("Could not convert string \"(.*)\" to '?(\\w+)");
  private static final String MISSING_DATE = "DATE '0001-01-01'";

  /** A row is bad when one of these holds; the same text is used on the stored rows and, per line, on the file. */
  private static String badNumbers() {
    String max = " > " + Plausible.PRICE.max();
    return "isnan(close) OR isinf(close) OR close <= 0 OR close" + max
        + " OR isnan(adj_close) OR isinf(adj_close) OR adj_close <= 0 OR adj_close" + max
        + " OR isnan(open) OR isinf(open) OR open <= 0 OR open" + max
        + " OR isnan(high) OR isinf(high) OR high <= 0 OR high" + max
        + " OR isnan(low) OR isinf(low) OR low <= 0 OR low" + max
        + " OR isnan(volume) OR isinf(volume) OR volume < 0 OR volume > " + Plausible.VOLUME.max()
        + " OR high < low OR " + outsideWindow("date");
  }

  /** SQL: the date is outside the window market data can have ({@link DateWindow#MARKET}). */
  private static String outsideWindow(String date) {
    return date + " < DATE '" + DateWindow.MARKET.first() + "' OR " + date + " > DATE '" + DateWindow.MARKET.last() + "'";
  }

  /** SQL: the date is inside the window. */
  private static String insideWindow(String date) {
    return date + " >= DATE '" + DateWindow.MARKET.first() + "' AND " + date + " <= DATE '" + DateWindow.MARKET.last() + "'";
  }

  private final Database db;

  public DeskCsvBarLoader(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * Loads {@code file}.
   *
   * @param allowedCodes the codes the file may hold (the workspace's universe); {@code null} allows any
   *                     well-formed code
   * @param source       recorded in {@code import_log} in the same transaction; may be {@code null}
   */
  public BarLoad load(Path file, Collection<String> allowedCodes, ImportSource source) {
    Objects.requireNonNull(file, "file");
    List<String> header;
    try {
      header = readHeader(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<LoadProblem> headerProblems = checkHeader(header);
    if (!headerProblems.isEmpty()) {
      return new BarLoad(null, headerProblems);
    }
    Set<String> allowed = allowedCodes == null ? null : new HashSet<>(allowedCodes);
    Attempt attempt;
    // the bulk insert need not keep the file's row order (less memory, more parallel); every other
    // statement keeps DuckDB's default, under which ORDER BY results were seen to come back in order
    setPreserveInsertionOrder(false);
    try {
      attempt = Transactions.run(db, "load " + file.getFileName(), c -> fastLoad(c, file, header, allowed, source));
    } catch (Rejected r) {
      attempt = r.attempt;
    } finally {
      setPreserveInsertionOrder(true);
    }
    if (attempt.summary != null) {
      return new BarLoad(attempt.summary, List.of(), attempt.notes);
    }
    List<LoadProblem> problems = new ArrayList<>(attempt.readerProblems);
    if (attempt.rowProblems) {
      problems.addAll(locate(file, header, allowed, attempt.suspectCodes));
    }
    if (problems.isEmpty()) {
      problems.add(new LoadProblem(1, "file", "rejected by the CSV reader but no line could be blamed; check the file's"
          + " encoding and quoting"));
    }
    problems.sort((a, b) -> Long.compare(a.line(), b.line()));
    reclaim();
    if (problems.size() > MAX_PROBLEMS) {
      problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
      problems.add(new LoadProblem(problems.get(MAX_PROBLEMS - 1).line(), "file",
          "more problems follow; only the first " + MAX_PROBLEMS + " are listed"));
    }
    return new BarLoad(null, problems);
  }

  /**
   * After a rejected load the rolled-back rows' blocks are free but the file has grown by them (DuckDB writes
   * the row groups of a large insert to the file before it commits); a checkpoint gives the space back now
   * instead of at the next write.
   */
  private void reclaim() {
    // a checkpoint with nothing to write does not truncate the file; one small write makes it a real one
    try (Statement s = db.connection().createStatement()) {
      s.execute("CREATE OR REPLACE TABLE bar_load_reclaim AS SELECT 1 AS done");
      s.execute("DROP TABLE bar_load_reclaim");
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      // the space comes back at the next write anyway
    }
  }

  private void setPreserveInsertionOrder(boolean on) {
    try (Statement s = db.connection().createStatement()) {
      s.execute("SET preserve_insertion_order=" + on);
    } catch (SQLException e) {
      throw new StoreException("cannot set preserve_insertion_order: " + e.getMessage(), e);
    }
  }

  /** What the fast pass found: a summary when stored, otherwise the reader's problems and whether rows are bad. */
  private record Attempt(WriteSummary summary, List<LoadProblem> readerProblems, boolean rowProblems,
      Set<String> suspectCodes, List<String> notes) {}

  /** Thrown inside the transaction to roll it back when the file is rejected. */
  private static final class Rejected extends RuntimeException {
    final Attempt attempt;

    Rejected(Attempt attempt) {
      super("file rejected", null, false, false);
      this.attempt = attempt;
    }
  }

  private Attempt fastLoad(Connection c, Path file, List<String> header, Set<String> allowed, ImportSource source)
      throws SQLException {
    long id = DuckDbMarketStore.nextImportId(c);
    DuckDbMarketStore.execute(c, "DROP TABLE IF EXISTS bar_load_errors");
    DuckDbMarketStore.execute(c, "DROP TABLE IF EXISTS bar_load_scans");
    long loaded;
    try (Statement s = c.createStatement()) {
      loaded = s.executeLargeUpdate("INSERT INTO bars (code, date, open, high, low, close, adj_close, volume, currency,"
          + " import_id) SELECT " + CANONICAL_CODE + ", coalesce(date, " + MISSING_DATE + "), " + column(header, "open")
          + ", " + column(header, "high") + ", " + column(header, "low") + ", coalesce(close, -1), coalesce("
          + column(header, "adj_close") + ", close, -1), " + column(header, "volume") + ", coalesce("
          + column(header, "currency") + ", " + defaultCurrency(CANONICAL_CODE) + "), " + id + " FROM " + readCsv(file, header, true));
    }
    List<LoadProblem> readerProblems = readerProblems(c);
    // one pass over the new rows: per code the count, the range of days, the distinct days and the bad rows
    String minDay;
    long span;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT min(date)::VARCHAR,"
        + " coalesce(max(date) - min(date), 0) FROM bars WHERE import_id = " + id
        + " AND " + insideWindow("date"))) {
      rs.next();
      minDay = rs.getString(1) == null ? "1900-01-01" : rs.getString(1);
      span = rs.getLong(2);
    }
    DuckDbMarketStore.execute(c, "CREATE OR REPLACE TEMP TABLE batch_codes AS SELECT code, count(*) AS n,"
        + " min(date) AS first_date, max(date) AS last_date,"
        + " bit_count(bitstring_agg((date - DATE '" + minDay + "')::INTEGER, 0, " + span + ")"
        + " FILTER (WHERE " + insideWindow("date") + ")) AS days,"
        + " count(*) FILTER (WHERE " + insideWindow("date") + ") AS dated,"
        + " count(*) FILTER (WHERE " + badNumbers() + ") AS bad"
        + " FROM bars WHERE import_id = " + id + " GROUP BY code");
    // codes whose rows need a closer look if the file is rejected
    Set<String> suspects = new HashSet<>();
    List<String> duplicated = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT code, bad, dated <> days FROM batch_codes")) {
      while (rs.next()) {
        String code = rs.getString(1);
        if (rs.getLong(2) > 0 || codeProblem(code, allowed) != null) {
          suspects.add(code);
        }
        if (rs.getBoolean(3)) {
          duplicated.add(code);
        }
      }
    }
    Set<String> badCurrencies = new HashSet<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT DISTINCT currency FROM bars WHERE import_id = " + id)) {
      while (rs.next()) {
        if (!Currencies.isIso(rs.getString(1))) {
          badCurrencies.add(rs.getString(1));
        }
      }
    }
    if (!badCurrencies.isEmpty()) {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT code FROM bars WHERE import_id = "
          + id + " AND currency IN (SELECT unnest(" + sqlList(badCurrencies) + "))")) {
        while (rs.next()) {
          suspects.add(rs.getString(1));
        }
      }
    }
    boolean rowProblems = !suspects.isEmpty();
    if (!duplicated.isEmpty() && (rowProblems || !dropIdenticalCopies(c, id, duplicated))) {
      rowProblems = true;
      suspects.addAll(duplicated);
    }
    List<LoadProblem> fileProblems = new ArrayList<>(readerProblems);
    fileProblems.addAll(notDaily(c, id));
    if (rowProblems || !fileProblems.isEmpty()) {
      throw new Rejected(new Attempt(null, fileProblems, rowProblems, suspects, List.of()));
    }
    List<String> notes = jumps(c, id);
    long unique = loaded;
    if (!duplicated.isEmpty()) {
      unique = DuckDbMarketStore.longValue(c, "SELECT count(*) FROM bars WHERE import_id = " + id);
    }
    WriteSummary applied = DuckDbMarketStore.applyImport(c, KeyedTable.BARS, id, unique, true);
    WriteSummary summary = new WriteSummary(loaded, applied.inserted(), applied.replaced(), applied.unchanged());
    if (source != null) {
      DuckDbMarketStore.logImport(c, id, source, summary);
    }
    DuckDbMarketStore.execute(c, "DROP TABLE IF EXISTS bar_load_errors");
    DuckDbMarketStore.execute(c, "DROP TABLE IF EXISTS bar_load_scans");
    return new Attempt(summary, List.of(), false, Set.of(), notes);
  }

  /**
   * Securities whose rows are not daily bars (the median spacing of their dates is over
   * {@link BarRules#MAX_MEDIAN_GAP_DAYS}), as the in-memory path finds them. Only securities whose mean spacing
   * could allow such a median (2.5 days or more: at least half the gaps are then 5 days or longer) are looked at
   * row by row.
   */
  private static List<LoadProblem> notDaily(Connection c, long id) throws SQLException {
    List<String> sparse = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code FROM batch_codes WHERE n >= 3"
        + " AND 2 * (last_date - first_date) >= 5 * (n - 1) ORDER BY code")) {
      while (rs.next()) {
        sparse.add(rs.getString(1));
      }
    }
    List<LoadProblem> out = new ArrayList<>();
    if (sparse.isEmpty()) {
      return out;
    }
    java.util.Map<String, List<Long>> gaps = new TreeMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, gap FROM (SELECT code,"
        + " date - lag(date) OVER (PARTITION BY code ORDER BY date) AS gap FROM bars WHERE import_id = " + id
        + " AND code IN (SELECT unnest(" + sqlList(sparse) + "))) WHERE gap IS NOT NULL")) {
      while (rs.next()) {
        gaps.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
      }
    }
    for (var e : gaps.entrySet()) {
      long[] g = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
      String why = BarRules.notDaily(e.getKey(), BarRules.lowerMedian(g));
      if (why != null) {
        out.add(new LoadProblem(0, "date", why));
      }
    }
    return out;
  }

  /** The notes of the in-memory path for adjusted closes that jump more than threefold between two bars. */
  private static List<String> jumps(Connection c, long id) throws SQLException {
    List<String> notes = new ArrayList<>();
    double f = BarRules.JUMP_FACTOR;
    String jump = "previous IS NOT NULL AND (adj_close / previous > " + f + " OR adj_close / previous < " + (1 / f) + ")";
    // one pass over the new rows: the jumps, and the gap rows bar_gaps takes for codes new to the store
    DuckDbMarketStore.execute(c, "CREATE OR REPLACE TEMP TABLE batch_marks AS SELECT * FROM (SELECT code, date, close,"
        + " adj_close, lag(date) OVER w AS previous_date, lag(adj_close) OVER w AS previous, lead(date) OVER w AS next_date"
        + " FROM bars WHERE import_id = " + id + " WINDOW w AS (PARTITION BY code ORDER BY date))"
        + " WHERE " + jump + " OR next_date IS NULL OR next_date - date > " + DuckDbMarketStore.GAP_DAYS);
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, previous_date::VARCHAR,"
        + " previous, date::VARCHAR, adj_close FROM batch_marks WHERE " + jump + " ORDER BY code, date")) {
      String code = null;
      int count = 0;
      List<String> examples = new ArrayList<>();
      while (rs.next()) {
        if (!rs.getString(1).equals(code)) {
          if (code != null) {
            notes.add(BarRules.jumpNote(code, count, examples));
          }
          code = rs.getString(1);
          count = 0;
          examples = new ArrayList<>();
        }
        count++;
        if (examples.size() < 4) {
          examples.add(BarRules.jumpExample(rs.getString(2), rs.getDouble(3), rs.getString(4), rs.getDouble(5)));
        }
      }
      if (code != null) {
        notes.add(BarRules.jumpNote(code, count, examples));
      }
    }
    return notes;
  }

  /**
   * Rows of one code and day that are identical are kept once; returns false when some differ (the file
   * is then rejected). Brings {@code batch_codes} up to date for the codes it touched.
   */
  private static boolean dropIdenticalCopies(Connection c, long id, List<String> codes) throws SQLException {
    String inCodes = " code IN (SELECT unnest(" + sqlList(codes) + "))";
    long conflicting = DuckDbMarketStore.longValue(c, "SELECT count(*) FROM (SELECT code, date FROM bars WHERE import_id = "
        + id + " AND " + inCodes + " GROUP BY code, date HAVING count(DISTINCT (open, high, low, close, adj_close,"
        + " volume, currency)) > 1)");
    if (conflicting > 0) {
      return false;
    }
    DuckDbMarketStore.execute(c, "DELETE FROM bars WHERE rowid IN (SELECT rowid FROM (SELECT rowid, row_number() OVER"
        + " (PARTITION BY code, date ORDER BY rowid) AS copy FROM bars WHERE import_id = " + id + " AND " + inCodes
        + ") WHERE copy > 1)");
    DuckDbMarketStore.execute(c, "DELETE FROM batch_codes WHERE " + inCodes);
    DuckDbMarketStore.execute(c, "INSERT INTO batch_codes (code, n, first_date, last_date) SELECT code, count(*),"
        + " min(date), max(date) FROM bars WHERE import_id = " + id + " AND " + inCodes + " GROUP BY code");
    return true;
  }

  private static String sqlList(Collection<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (String v : values) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append('\'').append(v.replace("'", "''")).append('\'');
    }
    return b.append("]::VARCHAR[]").toString();
  }

  /** Problems DuckDB's CSV reader recorded (bad dates and numbers, wrong field counts), with their lines. */
  private static List<LoadProblem> readerProblems(Connection c) throws SQLException {
    List<LoadProblem> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT line, column_name, error_type,"
        + " error_message FROM bar_load_errors ORDER BY line LIMIT " + (MAX_PROBLEMS + 1))) {
      while (rs.next()) {
        String column = rs.getString(2) == null ? "line" : rs.getString(2);
        out.add(new LoadProblem(rs.getLong(1), column, readerMessage(rs.getString(3), rs.getString(4))));
      }
    }
    return out;
  }

  static String readerMessage(String type, String message) {
    if ("CAST".equals(type)) {
      Matcher m = CAST_VALUE.matcher(message);
      if (m.find()) {
        String kind = m.group(2).toUpperCase(Locale.ROOT).startsWith("DATE") ? "a date (YYYY-MM-DD)" : "a number";
        return "'" + m.group(1) + "' is not " + kind;
      }
    }
    if ("MISSING COLUMNS".equals(type) || "TOO MANY COLUMNS".equals(type)) {
      return "expected " + COLUMNS.size() + " fields: " + message;
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** An optional column of the layout, or a typed NULL when the file leaves it out. */
  private static String column(List<String> header, String name) {
    return header.contains(name) ? name : "NULL::" + TYPES.get(COLUMNS.indexOf(name));
  }

  /**
   * The read_csv call: explicit names and types in the file's column order, no guessing. Columns the layout
   * does not know are read as text under a name of their own and not used (the desk layout ignores them).
   */
  private static String readCsv(Path file, List<String> header, boolean rejects) {
    StringBuilder cols = new StringBuilder("{");
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (cols.length() > 1) {
        cols.append(", ");
      }
      boolean known = COLUMNS.contains(h);
      cols.append('\'').append(known ? h : "_extra_" + i).append("': '")
          .append(known ? TYPES.get(COLUMNS.indexOf(h)) : "VARCHAR").append('\'');
    }
    cols.append('}');
    return "read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "', header = true, auto_detect = false,"
        + " delim = ',', quote = '\"', escape = '\"', dateformat = '%Y-%m-%d', columns = " + cols
        + (rejects ? ", store_rejects = true, rejects_table = 'bar_load_errors', rejects_scan = 'bar_load_scans',"
            + " rejects_limit = " + (MAX_PROBLEMS + 1) : "") + ")";
  }

  /** SQL for the trading currency of a code's market, from its suffix (as {@code Market.tradingCurrency}). */
  private static String defaultCurrency(String code) {
    String suffix = "upper(split_part(" + code + ", '.', -1))";
    return "CASE WHEN " + suffix + " IN ('HK', 'HI') THEN 'HKD' WHEN " + suffix + " IN ('O', 'N', 'A', 'GI') THEN 'USD'"
        + " ELSE 'CNY' END";
  }

  /**
   * The code as {@link org.sectordesk.domain.SecurityCodes#normalise} writes it, in SQL: no spaces, upper case, HK
   * stock numbers padded to four digits ("700.HK" is stored as 0700.HK, as the row-by-row path stores it). A code
   * that is still not canonical after this is refused by {@link #codeProblem}.
   */
  private static final String CANONICAL_CODE = canonical("upper(replace(replace(coalesce(code, ''), chr(160), ''), ' ', ''))");

  private static String canonical(String k) {
    return "CASE WHEN regexp_full_match(" + k + ", '[0-9]{1,3}\\.HK') THEN lpad(split_part(" + k + ", '.', 1), 4, '0')"
        + " || '.HK' ELSE " + k + " END";
  }

  /** Why a code cannot be stored, or null when it can. */
  static String codeProblem(String code, Set<String> allowed) {
    if (code == null || code.isEmpty()) {
      return "code is missing";
    }
    String canonical;
    try {
      canonical = SecurityCodes.normalise(code);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (!canonical.equals(code)) {
      return "'" + code + "' must be written as " + canonical;
    }
    if (allowed != null && !allowed.contains(code)) {
      return "unknown code '" + code + "': it is not among the workspace's securities (add it to desk.yaml first)";
    }
    return null;
  }

  // ---------------------------------------------------------------- header

  static List<String> readHeader(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      if (line == null) {
        return List.of();
      }
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      List<String> out = new ArrayList<>();
      for (String f : split(line)) {
        out.add(f == null ? "" : f.trim().toLowerCase(Locale.ROOT));
      }
      return out;
    }
  }

  private static List<LoadProblem> checkHeader(List<String> header) {
    List<LoadProblem> out = new ArrayList<>();
    if (header.isEmpty()) {
      out.add(new LoadProblem(1, "header", "the file is empty; expected the header " + String.join(",", COLUMNS)));
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (String h : header) {
      if (COLUMNS.contains(h) && !seen.add(h)) {
        out.add(new LoadProblem(1, h, "column '" + h + "' appears twice"));
      }
    }
    for (String col : REQUIRED) {
      if (!header.contains(col)) {
        out.add(new LoadProblem(1, col, "missing required column '" + col + "'; the header has: "
            + String.join(", ", header)));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- locating problems (rejected files only)

  /**
   * Reads the lines of the suspect codes (those the fast pass found a problem with; "" for a missing
   * code) with their line numbers into a temp table and finds, in SQL, every line with a bad value, an
   * unknown code or a conflicting duplicate. Lines DuckDB's reader rejected (bad field count, bad
   * date or number) are skipped here: they are reported from its rejects table.
   */
  private List<LoadProblem> locate(Path file, List<String> header, Set<String> allowed, Set<String> suspects) {
    return Transactions.run(db, "check " + file.getFileName(), c -> {
        DuckDbMarketStore.execute(c, "CREATE OR REPLACE TEMP TABLE bar_lines (line BIGINT, code VARCHAR, date VARCHAR,"
            + " open VARCHAR, high VARCHAR, low VARCHAR, close VARCHAR, adj_close VARCHAR, volume VARCHAR, currency VARCHAR)");
        int[] position = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
          position[i] = header.indexOf(COLUMNS.get(i));
        }
        int codeAt = header.indexOf("code");
        try (DuckDBAppender app = ((DuckDBConnection) c).createAppender("temp", "main", "bar_lines");
             BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          r.readLine();
          long line = 1;
          String text;
          while ((text = r.readLine()) != null) {
            line++;
            if (text.isBlank()) {
              continue;
            }
            String code = text.indexOf('"') < 0 ? field(text, codeAt) : null;
            if (code != null && !suspects.contains(code)) {
              continue;
            }
            List<String> f = split(text);
            if (f.size() != header.size() || !suspects.contains(f.get(codeAt) == null ? "" : f.get(codeAt))) {
              continue;
            }
            app.beginRow().append(line);
            for (int p : position) {
              String v = p < 0 ? null : f.get(p);
              if (v == null || v.isEmpty()) {
                app.appendNull();
              } else {
                app.append(v);
              }
            }
            app.endRow();
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<LoadProblem> out = new ArrayList<>();
        // typed view: values that do not cast are the reader's problems and are left out here
        DuckDbMarketStore.execute(c, "CREATE OR REPLACE TEMP TABLE bar_typed AS SELECT line, coalesce(code, '') AS code,"
            + " coalesce(try_strptime(date, '%Y-%m-%d')::DATE, " + MISSING_DATE + ") AS date, date IS NULL AS no_date,"
            + " TRY_CAST(open AS DOUBLE) AS open, TRY_CAST(high AS DOUBLE) AS high, TRY_CAST(low AS DOUBLE) AS low,"
            + " coalesce(TRY_CAST(close AS DOUBLE), -1) AS close, close IS NULL AS no_close,"
            + " coalesce(TRY_CAST(adj_close AS DOUBLE), TRY_CAST(close AS DOUBLE), -1) AS adj_close,"
            + " TRY_CAST(volume AS DOUBLE) AS volume, coalesce(currency, " + defaultCurrency(CANONICAL_CODE) + ") AS currency,"
            + " open AS open_text, high AS high_text, low AS low_text, close AS close_text, adj_close AS adj_close_text,"
            + " volume AS volume_text"
            + " FROM bar_lines WHERE (date IS NULL OR try_strptime(date, '%Y-%m-%d') IS NOT NULL)"
            + " AND (open IS NULL OR TRY_CAST(open AS DOUBLE) IS NOT NULL) AND (high IS NULL OR TRY_CAST(high AS DOUBLE) IS NOT NULL)"
            + " AND (low IS NULL OR TRY_CAST(low AS DOUBLE) IS NOT NULL) AND (close IS NULL OR TRY_CAST(close AS DOUBLE) IS NOT NULL)"
            + " AND (adj_close IS NULL OR TRY_CAST(adj_close AS DOUBLE) IS NOT NULL)"
            + " AND (volume IS NULL OR TRY_CAST(volume AS DOUBLE) IS NOT NULL)");
        // the same checks and words as the in-memory path (BarRules, DateWindow)
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT line, no_date, date::VARCHAR"
            + " FROM bar_typed WHERE no_date OR " + outsideWindow("date") + " ORDER BY line LIMIT " + (MAX_PROBLEMS + 1))) {
          while (rs.next()) {
            out.add(new LoadProblem(rs.getLong(1), "date", rs.getBoolean(2) ? "date is missing"
                : DateWindow.MARKET.check(java.time.LocalDate.parse(rs.getString(3)))));
          }
        }
        query(c, out, "SELECT line, 'close', 'close is missing' FROM bar_typed WHERE no_close");
        for (String col : List.of("close", "adj_close", "open", "high", "low")) {
          try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT line, " + col + "_text, " + col
              + " FROM bar_typed WHERE " + col + "_text IS NOT NULL AND (isnan(" + col + ") OR isinf(" + col + ") OR "
              + col + " <= 0 OR " + col + " > " + Plausible.PRICE.max() + ") ORDER BY line LIMIT " + (MAX_PROBLEMS + 1))) {
            while (rs.next()) {
              String why = BarRules.price(col, rs.getString(2), rs.getDouble(3));
              out.add(new LoadProblem(rs.getLong(1), col, why == null ? col + " '" + rs.getString(2) + "' is not a number"
                  : why));
            }
          }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT line, volume_text, volume"
            + " FROM bar_typed WHERE isnan(volume) OR isinf(volume) OR volume < 0 OR volume > " + Plausible.VOLUME.max()
            + " ORDER BY line LIMIT " + (MAX_PROBLEMS + 1))) {
          while (rs.next()) {
            String why = BarRules.volume(rs.getString(2), rs.getDouble(3));
            out.add(new LoadProblem(rs.getLong(1), "volume", why == null ? "volume '" + rs.getString(2) + "' is not a number"
                : why));
          }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT line, high_text, low_text"
            + " FROM bar_typed WHERE high < low ORDER BY line LIMIT " + (MAX_PROBLEMS + 1))) {
          while (rs.next()) {
            out.add(new LoadProblem(rs.getLong(1), "high", BarRules.highBelowLow(rs.getString(2), rs.getString(3))));
          }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT line, currency FROM bar_typed"
            + " ORDER BY line")) {
          int listed = 0;
          while (rs.next() && listed <= MAX_PROBLEMS) {
            if (!Currencies.isIso(rs.getString(2))) {
              out.add(new LoadProblem(rs.getLong(1), "currency", BarRules.notACurrency(rs.getString(2))));
              listed++;
            }
          }
        }
        // codes: each distinct code checked once, then its lines listed
        TreeMap<String, String> badCodes = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT code FROM bar_typed")) {
          while (rs.next()) {
            String why = codeProblem(rs.getString(1), allowed);
            if (why != null) {
              badCodes.put(rs.getString(1), why);
            }
          }
        }
        if (!badCodes.isEmpty()) {
          try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT line, code FROM bar_typed"
              + " WHERE code IN (SELECT unnest(" + sqlList(badCodes.keySet()) + ")) ORDER BY line LIMIT " + (MAX_PROBLEMS + 1))) {
            while (rs.next()) {
              out.add(new LoadProblem(rs.getLong(1), "code", badCodes.get(rs.getString(2))));
            }
          }
        }
        // conflicting rows for one code and day: each line after the first names the first
        query(c, out, "SELECT line, 'date', date::VARCHAR || ' of ' || code || ' is given again with different values"
            + " (first at line ' || first_line::VARCHAR || ')' FROM (SELECT line, code, date, min(line) OVER w AS first_line,"
            + " count(DISTINCT (open, high, low, close, adj_close, volume, currency)) OVER w AS versions"
            + " FROM bar_typed WHERE date <> " + MISSING_DATE + " WINDOW w AS (PARTITION BY code, date))"
            + " WHERE versions > 1 AND line <> first_line");
        DuckDbMarketStore.execute(c, "DROP TABLE bar_typed");
        DuckDbMarketStore.execute(c, "DROP TABLE bar_lines");
        return out;
      });
  }

  private static void query(Connection c, List<LoadProblem> out, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql + " ORDER BY 1 LIMIT " + (MAX_PROBLEMS + 1))) {
      while (rs.next()) {
        out.add(new LoadProblem(rs.getLong(1), rs.getString(2), rs.getString(3)));
      }
    }
  }

  /** Field {@code index} of an unquoted line ("" when empty or absent). */
  static String field(String line, int index) {
    int from = 0;
    for (int i = 0; i < index; i++) {
      int comma = line.indexOf(',', from);
      if (comma < 0) {
        return "";
      }
      from = comma + 1;
    }
    int end = line.indexOf(',', from);
    return line.substring(from, end < 0 ? line.length() : end);
  }

  /** Splits one CSV line: commas, double quotes with doubled quotes inside; null for an empty field. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            b.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          b.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
        wasQuoted = true;
      } else if (ch == ',') {
        out.add(b.length() == 0 && !wasQuoted ? null : b.toString());
        b.setLength(0);
        wasQuoted = false;
      } else {
        b.append(ch);
      }
    }
    out.add(b.length() == 0 && !wasQuoted ? null : b.toString());
    return out;
  }

}
