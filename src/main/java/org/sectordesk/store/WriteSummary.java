package org.sectordesk.store;

/**
 * What one import did to the store: rows read, rows new to the store, rows that replaced a
 * different stored value, and rows identical to what was stored (a re-import of the same file is all
 * {@code unchanged}).
 */
public record WriteSummary(long read, long inserted, long replaced, long unchanged) {
  public boolean changedNothing() {
    return inserted == 0 && replaced == 0;
  }
}
