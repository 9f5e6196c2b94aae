package org.sectordesk.store;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a bulk load: either stored ({@code problems} empty, {@code summary} says what changed)
 * or rejected ({@code problems} lists what is wrong, {@code summary} is {@code null} and nothing was stored).
 */
public record BarLoad(WriteSummary summary, List<LoadProblem> problems) {
  public BarLoad {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    if (problems.isEmpty() == (summary == null)) {
      throw new IllegalArgumentException("a load has either a summary or problems, not both or neither");
    }
  }

  public boolean stored() {
    return problems.isEmpty();
  }
}
