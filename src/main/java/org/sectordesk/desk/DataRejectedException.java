package org.sectordesk.desk;

import java.util.List;

/** Input data was rejected; the message lists every problem. Nothing was stored. */
public class DataRejectedException extends RuntimeException {
  public DataRejectedException(String message) {
    super(message);
  }

  public static DataRejectedException of(String what, List<?> problems) {
    StringBuilder b = new StringBuilder(what).append(" rejected, nothing stored: ")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    int shown = 0;
    for (Object p : problems) {
      if (shown++ == 50) {
        b.append(System.lineSeparator()).append("  … and ").append(problems.size() - 50).append(" more");
        break;
      }
      b.append(System.lineSeparator()).append("  ").append(p);
    }
    return new DataRejectedException(b.toString());
  }
}
