package org.sectordesk.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The news of a period filed by section, duplicates folded: what the report composer lays out.
 *
 * @param from      first day, inclusive
 * @param to        last day, inclusive
 * @param sections  every section in report order (empty sections included)
 * @param items     number of stored items in the period
 * @param folded    number of items folded into another as near-duplicates
 */
public record NewsDigest(LocalDate from, LocalDate to, List<DigestSection> sections, int items, int folded) {
  public NewsDigest {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    sections = List.copyOf(sections);
  }

  /**
   * Builds the digest of the items (already restricted to the period). Near-duplicates are grouped
   * over all items whatever their section; a group shows its most complete item (longest title and
   * body; ties go to the earliest) under that item's section, dated by the group's earliest date.
   * The AI section is ordered by company (companies in order of their first story, stories by
   * date); the other sections by date, then title.
   */
  public static NewsDigest build(LocalDate from, LocalDate to, List<NewsItem> items, AliasDictionary dictionary) {
    List<NewsItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(NewsItem::date).thenComparing(NewsItem::id));
    List<NearDuplicates.Doc> docs = new ArrayList<>();
    for (NewsItem i : sorted) {
      docs.add(new NearDuplicates.Doc(i.title(), i.title() + "\n" + i.body()));
    }
    Map<Section, List<DigestEntry>> bySection = new HashMap<>();
    int folded = 0;
    for (List<Integer> g : NearDuplicates.group(docs)) {
      NewsItem shown = sorted.get(g.get(0));
      for (int idx : g) {
        NewsItem c = sorted.get(idx);
        if (c.title().length() + c.body().length() > shown.title().length() + shown.body().length()) {
          shown = c;
        }
      }
      LocalDate first = sorted.get(g.get(0)).date();
      List<String> dups = new ArrayList<>();
      LinkedHashSet<String> sources = new LinkedHashSet<>();
      if (!shown.source().isBlank()) {
        sources.add(shown.source());
      }
      for (int idx : g) {
        NewsItem c = sorted.get(idx);
        if (c != shown) {
          dups.add(c.id());
          folded++;
        }
        if (!c.source().isBlank()) {
          sources.add(c.source());
        }
      }
      List<String> names = new ArrayList<>();
      for (String id : shown.companies()) {
        names.add(dictionary.company(id).map(Company::name).orElse(id));
      }
      bySection.computeIfAbsent(shown.section(), s -> new ArrayList<>())
          .add(new DigestEntry(shown, names, first, dups, new ArrayList<>(sources)));
    }
    List<DigestSection> sections = new ArrayList<>();
    for (Section s : Section.values()) {
      List<DigestEntry> entries = bySection.getOrDefault(s, new ArrayList<>());
      Comparator<DigestEntry> byDate = Comparator.comparing(DigestEntry::firstSeen)
          .thenComparing(e -> e.item().headline());
      entries.sort(byDate);
      if (s == Section.AI) {
        Map<String, Integer> companyOrder = new HashMap<>();
        for (DigestEntry e : entries) {
          companyOrder.putIfAbsent(e.mainCompanyName(), companyOrder.size());
        }
        entries.sort(Comparator.comparing((DigestEntry e) -> companyOrder.get(e.mainCompanyName())).thenComparing(byDate));
      }
      sections.add(new DigestSection(s, entries));
    }
    return new NewsDigest(from, to, sections, items.size(), folded);
  }
}
