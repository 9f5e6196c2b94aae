package org.sectordesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The workspace's embedded DuckDB database: opens the file, sets memory and thread limits and brings the schema
 * up to date ({@link Migrations}). One connection serves one unit of work; {@link #duplicate()} gives another.
 */
public final class Database implements AutoCloseable {
  private final Path file;
  private final Connection connection;

  private Database(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating if needed) the database file for reading and writing. */
  public static Database open(Path file) {
    return open(file, false);
  }

  public static Database open(Path file, boolean readOnly) {
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
      Database db = new Database(file, c);
      if (!readOnly) {
        db.createSchema();
      }
      return db;
    } catch (SQLException e) {
      if (StoreErrors.isLock(e.getMessage())) {
        throw new StoreLockedException(file, e);
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
      return new Database(file, ((DuckDBConnection) connection).duplicate());
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
