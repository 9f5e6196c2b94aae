package org.sectordesk.store;

import java.nio.file.Path;

/**
 * Another process holds the workspace database open for writing (DuckDB allows one writer process at
 * a time). The desk maps this to exit code 4.
 */
public class StoreLockedException extends StoreException {
  private final Path file;

  public StoreLockedException(Path file, Throwable cause) {
    super("the workspace database " + file + " is in use by another process (another desk command is running);"
        + " wait for it to finish and try again", cause);
    this.file = file;
  }

  /** After waiting {@code waited} for the other process: says which side holds the file. */
  public StoreLockedException(Path file, boolean reading, java.time.Duration waited, Throwable cause) {
    super(reading
        ? "an import (or another command that writes) is running on this workspace: " + file + " is locked for"
            + " writing; waited " + seconds(waited) + " for it to finish. Try again when it is done"
            + " (DESK_LOCK_WAIT=SECONDS waits longer)"
        : "the workspace database " + file + " is in use by another process (another desk command is running);"
            + " waited " + seconds(waited) + " for it to finish. Try again when it is done"
            + " (DESK_LOCK_WAIT=SECONDS waits longer)",
        cause);
    this.file = file;
  }

  private static String seconds(java.time.Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  public Path file() {
    return file;
  }
}
