package org.sectordesk.store;

import java.sql.SQLException;

/** Turns DuckDB's SQL errors into messages an analyst can act on. */
final class StoreErrors {
  private StoreErrors() {}

  static StoreException of(Database db, String what, SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (isLock(m)) {
      return new StoreLockedException(db.file(), e);
    }
    return new StoreException("cannot " + what + " in " + db.file() + ": " + firstLine(m), e);
  }

  static boolean isLock(String message) {
    return message != null && (message.contains("Could not set lock on file") || message.contains("Conflicting lock"));
  }

  static String firstLine(String m) {
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
