package org.sectordesk.ingest;

import java.util.Objects;

/**
 * One bad row or cell of an imported file.
 *
 * @param file     the file's name as the user gave it
 * @param location where in the file: a line number ({@code "17"}) or a sheet cell ({@code "Sheet1!B12"});
 *                 empty for a problem of the whole file (a missing sheet, an unknown layout)
 * @param field    the column or field at fault
 * @param message  what is wrong, naming the bad value
 */
public record ImportProblem(String file, String location, String field, String message) {
  public ImportProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  public static ImportProblem atLine(String file, long line, String field, String message) {
    return new ImportProblem(file, Long.toString(line), field, message);
  }

  @Override
  public String toString() {
    return file + (location.isEmpty() ? "" : ":" + location) + " [" + field + "] " + message;
  }
}
