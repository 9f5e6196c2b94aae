package org.sectordesk.desk.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.sectordesk.domain.Period;
import org.sectordesk.news.DigestEntry;
import org.sectordesk.news.DigestSection;
import org.sectordesk.news.NewsDigest;
import org.sectordesk.news.NewsItem;

/** {@code desk news digest}: a period's news by section, near-duplicates folded. */
public record NewsDigestView(PeriodView period, int items, int duplicatesFolded, List<Section> sections) {
  public NewsDigestView {
    sections = List.copyOf(sections);
  }

  /** A section of the report, in report order, with its stories (possibly none). */
  public record Section(String section, String title, List<Entry> entries) {}

  /**
   * One story: {@code date} is the earliest of its group, {@code body} only when the full text was asked for,
   * {@code mainCompany} null when no company is named.
   */
  public record Entry(String id, LocalDate date, String title, @JsonInclude(JsonInclude.Include.NON_NULL) String body,
      String mainCompany, List<String> companies, List<String> companyIds, List<String> models, String source,
      List<String> sources, String url, boolean labelled, boolean dateFromText, List<String> duplicates) {}

  public static NewsDigestView of(NewsDigest d, Period p, boolean full) {
    List<Section> sections = d.sections().stream().map(s -> section(s, full)).toList();
    return new NewsDigestView(PeriodView.of(p), d.items(), d.folded(), sections);
  }

  private static Section section(DigestSection s, boolean full) {
    List<Entry> entries = s.entries().stream().map(e -> entry(e, full)).toList();
    return new Section(s.section().id(), s.section().title(), entries);
  }

  private static Entry entry(DigestEntry e, boolean full) {
    NewsItem i = e.item();
    return new Entry(i.id(), e.firstSeen(), i.headline(), full ? i.body() : null,
        e.mainCompanyName().isEmpty() ? null : e.mainCompanyName(), e.companyNames(), i.companies(), i.models(),
        i.source(), e.sources(), i.url(), i.labelled(), i.dateFromText(), e.duplicateIds());
  }
}
