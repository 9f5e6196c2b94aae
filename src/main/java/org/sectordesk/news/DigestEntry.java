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
 * @param datePrecision how much of {@code firstSeen} is known (the day, or only the month)
 */
public record DigestEntry(NewsItem item, List<String> companyNames, java.time.LocalDate firstSeen,
    List<String> duplicateIds, List<String> sources, DatePrecision datePrecision) {
  public DigestEntry(NewsItem item, List<String> companyNames, java.time.LocalDate firstSeen,
      List<String> duplicateIds, List<String> sources) {
    this(item, companyNames, firstSeen, duplicateIds, sources, item.datePrecision());
  }

  public DigestEntry {
    datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
    Objects.requireNonNull(item, "item");
    companyNames = List.copyOf(companyNames);
    Objects.requireNonNull(firstSeen, "firstSeen");
    duplicateIds = List.copyOf(duplicateIds);
    sources = List.copyOf(sources);
  }

  /** The story's date as a report prints it: "11月28日", or "11月". */
  public String chineseDate() {
    return datePrecision.chinese(firstSeen);
  }

  /** The body as printed after the date: without a leading phrase repeating the story's own date. */
  public String bodyAfterDate() {
    String b = StoryText.withoutLeadingDate(item.body(), firstSeen, datePrecision);
    // a folded story shows its most complete report, which may open with its own (later) date
    return b.equals(item.body()) ? StoryText.withoutLeadingDate(b, item.date(), item.datePrecision()) : b;
  }

  /** Name of the main company, or empty. */
  public String mainCompanyName() {
    return companyNames.isEmpty() ? "" : companyNames.get(0);
  }
}
