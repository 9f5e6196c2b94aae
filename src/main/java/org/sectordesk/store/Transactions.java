package org.sectordesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work as one transaction on the workspace database: commit when it returns, roll back when it
 * throws anything, so a failed write leaves the store exactly as before.
 */
public final class Transactions {
  /**
   * {@code -Dsectordesk.trace.commit=true} prints a line to standard error when a transaction begins, right
   * before it commits and after: the crash test kills import processes inside those windows.
   */
  private static final boolean TRACE = Boolean.getBoolean("sectordesk.trace.commit");

  private Transactions() {}

  private static void trace(String event, String what) {
    if (TRACE) {
      System.err.println("desk-trace: " + event + " " + what);
      System.err.flush();
    }
  }

  /** Work that runs on a connection whose auto-commit is off. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one transaction; SQL failures become {@link StoreException} naming {@code what}. */
  public static <T> T run(Database db, String what, Work<T> work) {
    Connection c = db.connection();
    boolean auto;
    try {
      auto = c.getAutoCommit();
      if (!auto) {
        throw new IllegalStateException("a transaction is already open on " + db.file() + "; transactions do not nest");
      }
      c.setAutoCommit(false);
    } catch (SQLException e) {
      throw StoreErrors.of(db, what, e);
    }
    trace("begin", what);
    try {
      T result = work.run(c);
      trace("commit", what);
      c.commit();
      trace("committed", what);
      return result;
    } catch (SQLException e) {
      rollback(c, e);
      throw StoreErrors.of(db, what, e);
    } catch (RuntimeException | Error e) {
      rollback(c, e);
      throw e;
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException e) {
        // the connection is unusable; the next call reports it
      }
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
