package org.sectordesk.ingest;

import java.util.List;

/** The values read from a file and every problem found; the caller stores the values only when there are no problems. */
public record Imported<T>(List<T> values, List<ImportProblem> problems) {
  public Imported {
    values = List.copyOf(values);
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
