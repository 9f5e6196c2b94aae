package org.sectordesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema's history: each migration is a script ({@code schema/*.sql}) with a version number, applied once, in
 * order, in its own transaction, and recorded in {@code schema_versions}. A database that records a version this
 * build does not know was written by a newer Sector Desk and is refused. To change the schema, add a script and a
 * line at the end of {@link #ALL}; never edit an applied script.
 */
final class Migrations {
  /** A versioned schema script. */
  record Migration(int version, String script) {}

  static final List<Migration> ALL = List.of(
      new Migration(1, "market.sql"),
      new Migration(2, "estimates.sql"),
      new Migration(3, "ratings.sql"),
      new Migration(4, "news.sql"),
      new Migration(5, "industry.sql"),
      new Migration(6, "bar_gaps.sql"));

  private Migrations() {}

  /** Applies the migrations the database has not seen yet; returns the versions applied. */
  static List<Integer> apply(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, "
          + "applied_at TIMESTAMP NOT NULL)");
    }
    Set<Integer> applied = applied(c);
    int newest = ALL.stream().mapToInt(Migration::version).max().orElse(0);
    for (int v : applied) {
      if (v > newest) {
        throw new StoreException("the workspace database records schema version " + v + ", newer than this Sector Desk"
            + " knows (" + newest + "): it was written by a newer version; use that one", null);
      }
    }
    List<Integer> done = new java.util.ArrayList<>();
    for (Migration m : ALL) {
      if (applied.contains(m.version())) {
        continue;
      }
      String sql = script(m.script());
      if (sql == null) {
        continue; // an area whose schema is not in this build yet
      }
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          s.execute(sql);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_versions VALUES (?, ?, ?)")) {
          p.setInt(1, m.version());
          p.setString(2, m.script());
          p.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
          p.executeUpdate();
        }
        c.commit();
        done.add(m.version());
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
    return done;
  }

  /** The versions recorded in the database. */
  static Set<Integer> applied(Connection c) throws SQLException {
    Set<Integer> out = new TreeSet<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_versions")) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  private static String script(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("schema/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
