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

  public Path file() {
    return file;
  }
}
