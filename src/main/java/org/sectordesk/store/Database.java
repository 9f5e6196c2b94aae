package org.sectordesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workspace's embedded DuckDB database: opens the file, sets memory and thread limits and
 * creates the tables every area of the desk needs ({@code schema/*.sql}, idempotent).
 */
public final class Database implements AutoCloseable {
  /** Schema files, in order; an area that has none yet is skipped. */
  private static final List<String> SCHEMAS =
      List.of("market.sql", "estimates.sql", "ratings.sql", "news.sql", "industry.sql");

  private final Path file;
  private final Connection connection;
  private final boolean readOnly;

  private Database(Path file, Connection connection, boolean readOnly) {
    this.file = file;
    this.connection = connection;
    this.readOnly = readOnly;
  }

  /** True when opened read-only: any write fails. */
  public boolean readOnly() {
    return readOnly;
  }

  /** Opens (creating if needed) the database file for reading and writing. */
  public static Database open(Path file) {
    return open(file, false);
  }

  /**
   * Opens the database file. DuckDB lets one process write a file, or any number of processes read it; so a
   * reader never blocks another reader, and a writer waits for the readers (and a reader for the writer) up to
   * {@link #lockWait()}, then gives up with a {@link StoreLockedException} saying which side holds the file.
   * A read-only open of a file that does not exist yet, or lacks a table this version needs, first creates the
   * schema with a short write.
   */
  public static Database open(Path file, boolean readOnly) {
    if (!readOnly) {
      return openWaiting(file, false);
    }
    if (!Files.isRegularFile(file)) {
      openWaiting(file, false).close();
    }
    Database db = openWaiting(file, true);
    if (!db.hasEveryTable()) {
      db.close();
      openWaiting(file, false).close();
      db = openWaiting(file, true);
    }
    return db;
  }

  private static Database openWaiting(Path file, boolean readOnly) {
    Duration wait = lockWait();
    long deadline = System.nanoTime() + wait.toNanos();
    long pause = 50;
    while (true) {
      try {
        return openOnce(file, readOnly);
      } catch (StoreLockedException e) {
        if (System.nanoTime() >= deadline) {
          throw new StoreLockedException(file, readOnly, wait, e.getCause());
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pause = Math.min(500, pause * 2);
      }
    }
  }

  /**
   * How long an open waits for another process to release the file: {@code DESK_LOCK_WAIT} seconds (or the
   * system property {@code sectordesk.lock.wait}), 10 by default.
   */
  public static Duration lockWait() {
    String v = System.getProperty("sectordesk.lock.wait", System.getenv("DESK_LOCK_WAIT"));
    if (v == null || v.isBlank()) {
      return Duration.ofSeconds(10);
    }
    try {
      return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(v.strip()) * 1000)));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(10);
    }
  }

  /** True when the database holds every table of the schema files (an older file may lack a new area's). */
  private boolean hasEveryTable() {
    Set<String> needed = new HashSet<>();
    for (String name : SCHEMAS) {
      String sql = resource("schema/" + name);
      if (sql == null) {
        continue;
      }
      Matcher m = TABLE.matcher(sql);
      while (m.find()) {
        needed.add(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
      while (rs.next()) {
        needed.remove(rs.getString(1).toLowerCase(Locale.ROOT));
      }
      return needed.isEmpty();
    } catch (SQLException e) {
      throw new StoreException("cannot read the tables of " + file + ": " + e.getMessage(), e);
    }
  }

  private static final Pattern TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+IF\\s+NOT\\s+EXISTS\\s+(\\w+)");

  private static Database openOnce(Path file, boolean readOnly) {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      Properties props = new Properties();
      if (readOnly) {
        props.setProperty("duckdb.read_only", "true");
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
      try (Statement s = c.createStatement()) {
        s.execute("SET memory_limit='" + System.getProperty("sectordesk.duckdb.memory", "4GB") + "'");
        s.execute("SET threads=" + Integer.getInteger("sectordesk.duckdb.threads",
            Math.max(1, Runtime.getRuntime().availableProcessors())));
      }
      Database db = new Database(file, c, readOnly);
      if (!readOnly) {
        db.createSchema();
      }
      return db;
    } catch (SQLException e) {
      if (StoreErrors.isLock(e.getMessage())) {
        throw new StoreLockedException(file, e);
      }
      if (readOnly && String.valueOf(e.getMessage()).contains("different configuration")) {
        // this process already has the file open for writing (a long-lived desk, a test): DuckDB serves
        // both from one instance, so the reader shares the writer's
        return openOnce(file, false);
      }
      throw new StoreException("cannot open the workspace database " + file + ": " + e.getMessage(), e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("DuckDB JDBC driver is not on the class path", e);
    }
  }

  private void createSchema() throws SQLException {
    for (String name : SCHEMAS) {
      String sql = resource("schema/" + name);
      if (sql == null) {
        continue;
      }
      try (Statement s = connection.createStatement()) {
        for (String stmt : sql.split(";")) {
          if (!stmt.isBlank()) {
            s.execute(stmt);
          }
        }
      }
    }
  }

  private static String resource(String name) {
    try (InputStream in = Database.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Connection connection() {
    return connection;
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
