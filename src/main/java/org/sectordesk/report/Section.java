package org.sectordesk.report;

import java.util.List;
import java.util.Objects;

/**
 * A heading and its blocks. Sections are a flat list; {@code level} (1..3) gives the outline.
 * An empty heading prints no heading (front matter) and is left out of the table of contents.
 */
public record Section(String heading, int level, List<Block> blocks) {
  public Section {
    heading = heading == null ? "" : heading;
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException("level of section '" + heading + "' must be 1..3, got " + level);
    }
  }

  public static Section of(String heading, int level, Block... blocks) {
    return new Section(heading, level, List.of(blocks));
  }
}
