package org.sectordesk.desk;

import java.util.List;

/**
 * What importing an estimates or ratings file did. When {@code problems} is not empty nothing was stored and the
 * counts are zero; each problem reads {@code file:line [field] message}.
 */
public record BookImportResult(String kind, String file, long read, long inserted, long replaced, long unchanged,
    List<String> problems) {

  public BookImportResult {
    problems = List.copyOf(problems);
  }

  public boolean rejected() {
    return !problems.isEmpty();
  }

  /** One line for the user, e.g. {@code ratings.csv: 120 ratings read, 118 new, 2 replaced, 0 unchanged}. */
  public String summary() {
    return file + ": " + read + " " + kind + " read, " + inserted + " new, " + replaced + " replaced, " + unchanged + " unchanged";
  }
}
