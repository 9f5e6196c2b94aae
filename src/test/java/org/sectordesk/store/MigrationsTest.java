package org.sectordesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir
  Path dir;

  @Test
  void aNewDatabaseRecordsEveryMigrationOnceAndReopeningAppliesNothing() throws Exception {
    Path file = dir.resolve("desk.duckdb");
    try (Database db = Database.open(file)) {
      List<Integer> expected = Migrations.ALL.stream().map(Migrations.Migration::version)
          .filter(v -> Migrations.class.getResource("schema/" + Migrations.ALL.get(v - 1).script()) != null).toList();
      assertThat(Migrations.applied(db.connection())).containsExactlyElementsOf(expected);
      assertThat(tables(db)).contains("bars", "fx_rates", "schema_versions");
    }
    try (Database db = Database.open(file)) {
      assertThat(Migrations.apply(db.connection())).isEmpty();
    }
  }

  @Test
  void aDatabaseFromANewerDeskIsRefused() throws Exception {
    Path file = dir.resolve("desk.duckdb");
    try (Database db = Database.open(file); Statement s = db.connection().createStatement()) {
      s.execute("INSERT INTO schema_versions VALUES (999, 'future.sql', now())");
    }
    assertThatThrownBy(() -> Database.open(file)).hasMessageContaining("schema version 999");
  }

  @Test
  void aScriptWithSemicolonsInsideItsTextRunsWhole() throws Exception {
    // the old loader split scripts on ';', which breaks a string or comment holding one
    try (Database db = Database.open(dir.resolve("desk.duckdb")); Statement s = db.connection().createStatement()) {
      s.execute("CREATE TABLE t (x VARCHAR); INSERT INTO t VALUES ('a;b'); -- a comment; with a semicolon\n"
          + "INSERT INTO t VALUES ('c')");
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    }
  }

  @Test
  void duplicatedConnectionsWorkConcurrentlyAndCloseIndependently() throws Exception {
    try (Database db = Database.open(dir.resolve("desk.duckdb"))) {
      try (Statement s = db.connection().createStatement()) {
        s.execute("CREATE TABLE n AS SELECT range AS i FROM range(100000)");
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Long>> sums = new ArrayList<>();
        for (int k = 0; k < 32; k++) {
          sums.add(pool.submit(() -> {
            try (Database unit = db.duplicate(); Statement s = unit.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT sum(i) FROM n")) {
              rs.next();
              return rs.getLong(1);
            }
          }));
        }
        for (Future<Long> f : sums) {
          assertThat(f.get()).isEqualTo(4999950000L);
        }
      } finally {
        pool.shutdown();
      }
      assertThat(tables(db)).contains("n"); // the original connection is still open
    }
  }

  private static List<String> tables(Database db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
