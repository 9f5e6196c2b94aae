package org.sectordesk.store;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a bulk load: either stored ({@code problems} empty, {@code summary} says what changed)
 * or rejected ({@code problems} lists what is wrong, {@code summary} is {@code null} and nothing was stored).
 */
public record BarLoad(WriteSummary summary, List<LoadProblem> problems, List<String> notes) {
  public BarLoad {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    if (problems.isEmpty() == (summary == null)) {
      throw new IllegalArgumentException("a load has either a summary or problems, not both or neither");
    }
  }

  /** A load without notes. */
  public BarLoad(WriteSummary summary, List<LoadProblem> problems) {
    this(summary, problems, List.of());
  }

  public boolean stored() {
    return problems.isEmpty();
  }
}
