package org.sectordesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionsTest {
  @TempDir
  Path dir;

  private static long count(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void commitsWhenTheWorkReturnsAndRollsBackWhenItThrows() throws SQLException {
    try (Database db = Database.open(dir.resolve("desk.duckdb"))) {
      db.connection().createStatement().execute("CREATE TABLE t (x INTEGER)");
      int r = Transactions.run(db, "insert", c -> c.createStatement().executeUpdate("INSERT INTO t VALUES (1), (2)"));
      assertThat(r).isEqualTo(2);
      assertThatThrownBy(() -> Transactions.run(db, "insert", c -> {
        c.createStatement().execute("INSERT INTO t VALUES (3)");
        throw new IllegalStateException("boom");
      })).hasMessage("boom");
      assertThatThrownBy(() -> Transactions.run(db, "insert a text into a number", c ->
          c.createStatement().execute("INSERT INTO t VALUES (4), ('four')")))
          .isInstanceOf(StoreException.class).hasMessageStartingWith("cannot insert a text into a number in ");
      assertThat(count(db)).isEqualTo(2);
      assertThat(db.connection().getAutoCommit()).isTrue();
    }
  }

  @Test
  void transactionsDoNotNest() {
    try (Database db = Database.open(dir.resolve("desk.duckdb"))) {
      assertThatThrownBy(() -> Transactions.run(db, "outer", c -> Transactions.run(db, "inner", c2 -> 1)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("do not nest");
    }
  }
}
