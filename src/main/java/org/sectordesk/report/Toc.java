package org.sectordesk.report;

import java.util.Objects;

/** The table of contents: headings up to {@code depth}. */
public record Toc(String title, int depth) implements Block {
  public Toc {
    Objects.requireNonNull(title, "title");
    if (depth < 1 || depth > 3) {
      throw new IllegalArgumentException("depth of a table of contents must be 1..3, got " + depth);
    }
  }
}
