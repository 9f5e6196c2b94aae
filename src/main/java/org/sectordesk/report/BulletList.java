package org.sectordesk.report;

import java.util.List;
import java.util.Objects;

/** A bulleted (or numbered) list of paragraphs. */
public record BulletList(List<Paragraph> items, boolean ordered) implements Block {
  public BulletList {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items of a list must not be empty");
    }
  }
}
