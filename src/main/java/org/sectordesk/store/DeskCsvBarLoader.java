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
  private static final List<String> TYPES =
      List.of("VARCHAR", "DATE", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE", "VARCHAR");
  /** At most this many problems are listed; a last one says when there are more. */
  static final int MAX_PROBLEMS = 1000;
  private static final Pattern CAST_VALUE = Pattern.compile("Could not convert string \"(.*)\" to '?(\\w+)");
  private static final String MISSING_DATE = "DATE '0001-01-01'";

  /** A row is bad when one of these holds; the same text is used on the stored rows and, per line, on the file. */
  private static final String BAD_NUMBERS =
      "isnan(close) OR isinf(close) OR close <= 0 OR isnan(adj_close) OR isinf(adj_close) OR adj_close <= 0"
          + " OR isnan(open) OR isinf(open) OR open <= 0 OR isnan(high) OR isinf(high) OR high <= 0"
          + " OR isnan(low) OR isinf(low) OR low <= 0 OR isnan(volume) OR isinf(volume) OR volume < 0"
          + " OR date < DATE '1900-01-01' OR date > DATE '2199-12-31'";

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
      return new BarLoad(attempt.summary, List.of());
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
    if (problems.size() > MAX_PROBLEMS) {
      problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
      problems.add(new LoadProblem(problems.get(MAX_PROBLEMS - 1).line(), "file",
          "more problems follow; only the first " + MAX_PROBLEMS + " are listed"));
    }
    return new BarLoad(null, problems);
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
      Set<String> suspectCodes) {}

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
          + " import_id) SELECT coalesce(code, ''), coalesce(date, " + MISSING_DATE + "), open, high, low,"
          + " coalesce(close, -1), coalesce(adj_close, close, -1), volume, coalesce(currency, " + defaultCurrency("code")
          + "), " + id + " FROM " + readCsv(file, header, true));
    }
    List<LoadProblem> readerProblems = readerProblems(c);
    // one pass over the new rows: per code the count, the range of days, the distinct days and the bad rows
    String minDay;
    long span;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT min(date)::VARCHAR,"
        + " coalesce(max(date) - min(date), 0) FROM bars WHERE import_id = " + id
        + " AND date >= DATE '1900-01-01' AND date <= DATE '2199-12-31'")) {
      rs.next();
      minDay = rs.getString(1) == null ? "1900-01-01" : rs.getString(1);
      span = rs.getLong(2);
    }
    DuckDbMarketStore.execute(c, "CREATE OR REPLACE TEMP TABLE batch_codes AS SELECT code, count(*) AS n,"
        + " min(date) AS first_date, max(date) AS last_date,"
        + " bit_count(bitstring_agg((date - DATE '" + minDay + "')::INTEGER, 0, " + span + ")"
        + " FILTER (WHERE date >= DATE '1900-01-01' AND date <= DATE '2199-12-31')) AS days,"
        + " count(*) FILTER (WHERE date >= DATE '1900-01-01' AND date <= DATE '2199-12-31') AS dated,"
        + " count(*) FILTER (WHERE " + BAD_NUMBERS + ") AS bad"
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
        if (!rs.getString(1).matches("[A-Z]{3}")) {
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
    if (rowProblems || !readerProblems.isEmpty()) {
      throw new Rejected(new Attempt(null, readerProblems, rowProblems, suspects));
    }
    long unique = loaded;
    if (!duplicated.isEmpty()) {
      unique = DuckDbMarketStore.longValue(c, "SELECT count(*) FROM bars WHERE import_id = " + id);
    }
    WriteSummary applied = DuckDbMarketStore.applyImport(c, KeyedTable.BARS, id, unique);
    WriteSummary summary = new WriteSummary(loaded, applied.inserted(), applied.replaced(), applied.unchanged());
    if (source != null) {
      DuckDbMarketStore.logImport(c, id, source, summary);
    }
    DuckDbMarketStore.execute(c, "DROP TABLE IF EXISTS bar_load_errors");
    DuckDbMarketStore.execute(c, "DROP TABLE IF EXISTS bar_load_scans");
    return new Attempt(summary, List.of(), false, Set.of());
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

  /** The read_csv call: explicit names and types in the file's column order, no guessing. */
  private static String readCsv(Path file, List<String> header, boolean rejects) {
    StringBuilder cols = new StringBuilder("{");
    for (String h : header) {
      if (cols.length() > 1) {
        cols.append(", ");
      }
      cols.append('\'').append(h).append("': '").append(TYPES.get(COLUMNS.indexOf(h))).append('\'');
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
      return "'" + code + "' is not in the workspace's universe (desk.yaml)";
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
      if (!COLUMNS.contains(h)) {
        out.add(new LoadProblem(1, h.isEmpty() ? "header" : h, "unknown column '" + h + "'; the desk layout has "
            + String.join(",", COLUMNS)));
      } else if (!seen.add(h)) {
        out.add(new LoadProblem(1, h, "column '" + h + "' appears twice"));
      }
    }
    for (String col : COLUMNS) {
      if (!header.contains(col)) {
        out.add(new LoadProblem(1, col, "missing column '" + col + "'"));
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
              String v = f.get(p);
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
            + " TRY_CAST(volume AS DOUBLE) AS volume, coalesce(currency, " + defaultCurrency("code") + ") AS currency,"
            + " open AS open_text, high AS high_text, low AS low_text, close AS close_text, adj_close AS adj_close_text,"
            + " volume AS volume_text"
            + " FROM bar_lines WHERE (date IS NULL OR try_strptime(date, '%Y-%m-%d') IS NOT NULL)"
            + " AND (open IS NULL OR TRY_CAST(open AS DOUBLE) IS NOT NULL) AND (high IS NULL OR TRY_CAST(high AS DOUBLE) IS NOT NULL)"
            + " AND (low IS NULL OR TRY_CAST(low AS DOUBLE) IS NOT NULL) AND (close IS NULL OR TRY_CAST(close AS DOUBLE) IS NOT NULL)"
            + " AND (adj_close IS NULL OR TRY_CAST(adj_close AS DOUBLE) IS NOT NULL)"
            + " AND (volume IS NULL OR TRY_CAST(volume AS DOUBLE) IS NOT NULL)");
        query(c, out, "SELECT line, 'date', CASE WHEN no_date THEN 'date is missing' ELSE 'date ' || date::VARCHAR"
            + " || ' is outside 1900-01-01..2199-12-31' END FROM bar_typed"
            + " WHERE date < DATE '1900-01-01' OR date > DATE '2199-12-31'");
        query(c, out, "SELECT line, 'close', CASE WHEN no_close THEN 'close is missing' ELSE 'close must be a positive"
            + " number, got ' || close_text END FROM bar_typed WHERE isnan(close) OR isinf(close) OR close <= 0");
        for (String col : List.of("adj_close", "open", "high", "low")) {
          query(c, out, "SELECT line, '" + col + "', '" + col + " must be a positive number, got ' || " + col
              + "_text FROM bar_typed WHERE " + col + "_text IS NOT NULL AND (isnan(" + col + ") OR isinf(" + col + ") OR "
              + col + " <= 0)");
        }
        query(c, out, "SELECT line, 'volume', 'volume must not be negative, got ' || volume_text FROM bar_typed"
            + " WHERE isnan(volume) OR isinf(volume) OR volume < 0");
        query(c, out, "SELECT line, 'currency', '''' || currency || ''' is not a currency code like HKD' FROM bar_typed"
            + " WHERE NOT regexp_full_match(currency, '[A-Z]{3}')");
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
        query(c, out, "SELECT line, 'date', code || ' ' || date::VARCHAR || ' is also on line ' || first_line::VARCHAR"
            + " || ' with different values' FROM (SELECT line, code, date, min(line) OVER w AS first_line,"
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
