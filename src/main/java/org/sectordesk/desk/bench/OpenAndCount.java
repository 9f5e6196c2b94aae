package org.sectordesk.desk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The floor of a command that reads the store: a JVM opening a workspace database over JDBC and counting its
 * bars, nothing else. {@code desk bench startup} starts it next to the commands.
 */
public final class OpenAndCount {
  private OpenAndCount() {}

  public static void main(String[] args) throws SQLException {
    Properties props = new Properties();
    props.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0], props);
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM bars")) {
      rs.next();
      System.out.println(rs.getLong(1) + " bars");
    }
  }
}
