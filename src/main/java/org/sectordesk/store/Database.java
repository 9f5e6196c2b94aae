package org.sectordesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The workspace's embedded DuckDB database: opens the file, sets memory and thread limits and brings the schema
 * up to date ({@link Migrations}). One connection serves one unit of work; {@link #duplicate()} gives another.
 */
public final class Database implements AutoCloseable {
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
   * A read-only open of a file that does not exist yet, or whose schema is older than this version's, first
   * brings the schema up to date with a short write.
   */
  public static Database open(Path file, boolean readOnly) {
    if (!readOnly) {
      return openWaiting(file, false);
    }
    if (!Files.isRegularFile(file)) {
      openWaiting(file, false).close();
    }
    Database db = openWaiting(file, true);
    if (!db.readOnly || db.schemaCurrent()) {
      return db;
    }
    db.close();
    openWaiting(file, false).close();
    return openWaiting(file, true);
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

  /** True when every migration of this version is recorded (an older file needs a short write first). */
  private boolean schemaCurrent() {
    try {
      java.util.Set<Integer> applied = Migrations.applied(connection);
      return Migrations.ALL.stream().allMatch(m -> applied.contains(m.version()));
    } catch (SQLException e) {
      return false;   // no schema_versions table yet
    }
  }

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
    Migrations.apply(connection);
  }

  /**
   * Another connection to the same open database, for one unit of work (a command, a web request): its own
   * transactions, safe to use on another thread while this one is in use. Closing it leaves this one open.
   */
  public Database duplicate() {
    try {
      return new Database(file, ((DuckDBConnection) connection).duplicate(), readOnly);
    } catch (SQLException e) {
      throw new StoreException("cannot open another connection to " + file + ": " + e.getMessage(), e);
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
