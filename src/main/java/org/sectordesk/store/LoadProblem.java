package org.sectordesk.store;

import java.util.Objects;

/**
 * A problem found while bulk-loading a file: the line (1 is the header), the field and what is wrong.
 * The desk layer prints it as {@code file:line [field] message}.
 */
public record LoadProblem(long line, String field, String message) {
  public LoadProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (the whole file) or more, got " + line);
    }
  }

  @Override
  public String toString() {
    return (line == 0 ? "" : line + " ") + "[" + field + "] " + message;
  }
}
