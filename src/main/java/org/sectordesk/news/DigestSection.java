package org.sectordesk.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One section of the digest: its company blocks in report order. */
public record DigestSection(Section section, List<CompanyBlock> blocks) {
  public DigestSection {
    Objects.requireNonNull(section, "section");
    blocks = List.copyOf(blocks);
  }

  /** Every story of the section, block after block. */
  public List<DigestEntry> entries() {
    List<DigestEntry> out = new ArrayList<>();
    blocks.forEach(b -> out.addAll(b.entries()));
    return out;
  }
}
