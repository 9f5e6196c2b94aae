package org.sectordesk.ingest;

import java.util.List;

/**
 * The values read from a file and every problem found; the caller stores the values only when there are no problems.
 *
 * @param values       what was read, sorted by code and date
 * @param problems     the problems found, at most a reader's cap (see {@code problemCount} for all)
 * @param problemCount how many problems were found in all; at least {@code problems.size()}
 * @param notes        what the reader did silently: rows dropped as exact duplicates, blank rows, holiday artefacts
 */
public record Imported<T>(List<T> values, List<ImportProblem> problems, long problemCount, List<String> notes) {
  public Imported {
    values = List.copyOf(values);
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
    if (problemCount < problems.size()) {
      throw new IllegalArgumentException("problemCount " + problemCount + " is less than the " + problems.size() + " problems listed");
    }
  }

  /** Values and problems, every problem listed, no notes. */
  public Imported(List<T> values, List<ImportProblem> problems) {
    this(values, problems, problems.size(), List.of());
  }

  public boolean ok() {
    return problemCount == 0;
  }
}
