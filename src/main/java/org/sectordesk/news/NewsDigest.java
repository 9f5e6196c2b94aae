package org.sectordesk.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  /** {@link #build(LocalDate, LocalDate, List, AliasDictionary, Map)} with every company weighing the same. */
  public static NewsDigest build(LocalDate from, LocalDate to, List<NewsItem> items, AliasDictionary dictionary) {
    return build(from, to, items, dictionary, Map.of());
  }

  /**
   * Builds the digest of the items (already restricted to the period). Near-duplicates are grouped
   * over all items whatever their section ({@link NearDuplicates}); a group shows its most complete
   * item (longest title and body; ties go to the earliest) under that item's section, dated by the
   * group's earliest date, with every source of the group.
   *
   * <p>Within a section the stories form company blocks (by main company): heavier companies first
   * ({@code weights}, e.g. market cap; a company without a weight weighs nothing), then companies
   * with more stories, then the earlier first story; the stories that name no company come last.
   * A block opens with its lead story (the one told by the most sources, then the earliest), then
   * the others by date.
   */
  public static NewsDigest build(LocalDate from, LocalDate to, List<NewsItem> items, AliasDictionary dictionary,
      Map<String, Double> weights) {
    List<NewsItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(NewsItem::date).thenComparing(NewsItem::id));
    List<NearDuplicates.Doc> docs = new ArrayList<>();
    for (NewsItem i : sorted) {
      docs.add(new NearDuplicates.Doc(i.title(), i.title() + "\n" + i.body(), i.embedding(), i.mainCompany(), i.date()));
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
      NewsItem earliest = sorted.get(g.get(0));
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
      // the story is as precise as its earliest report
      DatePrecision precision = earliest.date().equals(shown.date()) ? shown.datePrecision() : earliest.datePrecision();
      bySection.computeIfAbsent(shown.section(), s -> new ArrayList<>())
          .add(new DigestEntry(shown, names, earliest.date(), dups, new ArrayList<>(sources), precision));
    }
    List<DigestSection> sections = new ArrayList<>();
    for (Section s : Section.values()) {
      sections.add(new DigestSection(s, blocks(bySection.getOrDefault(s, List.of()), weights)));
    }
    return new NewsDigest(from, to, sections, items.size(), folded);
  }

  private static final Comparator<DigestEntry> BY_DATE = Comparator.comparing(DigestEntry::firstSeen)
      .thenComparing(e -> e.item().headline()).thenComparing(e -> e.item().id());

  private static List<CompanyBlock> blocks(List<DigestEntry> entries, Map<String, Double> weights) {
    List<DigestEntry> sorted = new ArrayList<>(entries);
    sorted.sort(BY_DATE);
    Map<String, List<DigestEntry>> byCompany = new LinkedHashMap<>();
    for (DigestEntry e : sorted) {
      byCompany.computeIfAbsent(e.item().mainCompany(), k -> new ArrayList<>()).add(e);
    }
    List<CompanyBlock> out = new ArrayList<>();
    for (Map.Entry<String, List<DigestEntry>> e : byCompany.entrySet()) {
      List<DigestEntry> stories = new ArrayList<>(e.getValue());
      DigestEntry lead = stories.get(0);
      for (DigestEntry d : stories) {
        if (d.sources().size() > lead.sources().size()) {
          lead = d;
        }
      }
      stories.remove(lead);
      stories.add(0, lead);
      out.add(new CompanyBlock(e.getKey(), lead.mainCompanyName(), StoryText.summary(lead.item()), stories));
    }
    out.sort(Comparator.comparing((CompanyBlock b) -> b.companyId().isEmpty())
        .thenComparing(b -> -weights.getOrDefault(b.companyId(), Double.NEGATIVE_INFINITY))
        .thenComparing(b -> -b.entries().size())
        .thenComparing(b -> b.entries().stream().map(DigestEntry::firstSeen).min(Comparator.naturalOrder()).orElseThrow()));
    return out;
  }
}
