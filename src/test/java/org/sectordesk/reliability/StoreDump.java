package org.sectordesk.reliability;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.store.Database;

/**
 * Every row of every table of a workspace database, as text in a fixed order: two dumps are equal exactly
 * when the store holds the same data. Opens the file read-only, so it never changes what it looks at.
 */
final class StoreDump {
  private StoreDump() {}

  static String of(Path workspace) {
    return dump(workspace, false);
  }

  /** Like {@link #of}, without the import log's times (two runs of one import differ only there). */
  static String withoutTimes(Path workspace) {
    return dump(workspace, true);
  }

  private static String dump(Path workspace, boolean withoutTimes) {
    Path file = workspace.resolve("desk.duckdb");
    try (Database db = Database.open(file, true); Statement s = db.connection().createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
          + "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      StringBuilder b = new StringBuilder();
      for (String t : tables) {
        b.append("## ").append(t).append('\n');
        String columns = withoutTimes && t.equals("import_log") ? "* EXCLUDE (imported_at)" : "*";
        try (ResultSet rs = s.executeQuery("SELECT " + columns + " FROM \"" + t + "\" ORDER BY ALL")) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            for (int c = 1; c <= md.getColumnCount(); c++) {
              b.append(c == 1 ? "" : "|").append(rs.getString(c));
            }
            b.append('\n');
          }
        }
      }
      return b.toString();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot dump " + file + ": " + e.getMessage(), e);
    }
  }

  /** How many tables and rows a dump holds, for messages. */
  static String size(String dump) {
    long tables = dump.lines().filter(l -> l.startsWith("## ")).count();
    long rows = dump.lines().filter(l -> !l.startsWith("## ")).count();
    return tables + " tables, " + rows + " rows";
  }
}
