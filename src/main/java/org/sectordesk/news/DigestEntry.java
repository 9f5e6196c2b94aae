package org.sectordesk.news;

import java.util.List;
import java.util.Objects;

/**
 * One story of the digest: the item shown, with the near-duplicates folded into it.
 *
 * @param item          the item shown (the most complete of its group: the longest text)
 * @param companyNames  names of the companies it names, main company first
 * @param firstSeen     the earliest date in its group (the story's date)
 * @param duplicateIds  ids of the folded items, empty when the story came once
 * @param sources       every source of the group, shown item's first, without repeats
 */
public record DigestEntry(NewsItem item, List<String> companyNames, java.time.LocalDate firstSeen,
    List<String> duplicateIds, List<String> sources) {
  public DigestEntry {
    Objects.requireNonNull(item, "item");
    companyNames = List.copyOf(companyNames);
    Objects.requireNonNull(firstSeen, "firstSeen");
    duplicateIds = List.copyOf(duplicateIds);
    sources = List.copyOf(sources);
  }

  /** Name of the main company, or empty. */
  public String mainCompanyName() {
    return companyNames.isEmpty() ? "" : companyNames.get(0);
  }
}
