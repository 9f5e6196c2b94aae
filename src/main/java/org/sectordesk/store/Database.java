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
import java.util.List;
import java.util.Properties;

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
