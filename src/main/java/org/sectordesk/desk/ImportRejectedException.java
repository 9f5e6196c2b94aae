package org.sectordesk.desk;

import java.util.List;

/** A file was rejected; nothing was stored. The message lists the problems (file, line or cell, field, value). */
public class ImportRejectedException extends RuntimeException {
  private final List<String> problems;

  public ImportRejectedException(String file, List<String> problems, long problemCount) {
    super(message(file, problems, problemCount));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  private static String message(String file, List<String> problems, long count) {
    StringBuilder b = new StringBuilder(file).append(" rejected, nothing stored: ").append(count)
        .append(count == 1 ? " problem" : " problems");
    int shown = 0;
    for (String p : problems) {
      if (shown++ == 50) {
        b.append(System.lineSeparator()).append("  … and ").append(count - 50).append(" more");
        break;
      }
      b.append(System.lineSeparator()).append("  ").append(p);
    }
    return b.toString();
  }
}
