package org.sectordesk.news;

import java.util.List;
import java.util.Objects;

/** One section of the digest with its stories in report order. */
public record DigestSection(Section section, List<DigestEntry> entries) {
  public DigestSection {
    Objects.requireNonNull(section, "section");
    entries = List.copyOf(entries);
  }
}
