package org.sectordesk.desk.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.sectordesk.domain.Period;
import org.sectordesk.news.CompanyBlock;
import org.sectordesk.news.DatePrecision;
import org.sectordesk.news.DigestEntry;
import org.sectordesk.news.DigestSection;
import org.sectordesk.news.NewsDigest;
import org.sectordesk.news.NewsItem;

/** {@code desk news digest}: a period's news by section and company block, near-duplicates folded. */
public record NewsDigestView(PeriodView period, int items, int duplicatesFolded, List<Section> sections) {
  public NewsDigestView {
    sections = List.copyOf(sections);
  }

  /** A section of the report, in report order, with its company blocks and stories (possibly none). */
  public record Section(String section, String title, List<Block> blocks, List<Entry> entries) {}

  /**
   * A company's stories within a section (lead story first); {@code company} null for the stories naming none.
   * {@code heading} and {@code stories} are what the full digest prints above the block.
   */
  @JsonPropertyOrder({"company", "company_id", "summary", "stories", "lead_id"})
  public record Block(String company, String companyId, String summary, @JsonIgnore String heading,
      @JsonIgnore List<Entry> entries) {
    @JsonProperty
    public int stories() {
      return entries.size();
    }

    @JsonProperty
    public String leadId() {
      return entries.get(0).id();
    }
  }

  /**
   * One story: {@code date} is the earliest of its group ({@code datePrecision} month when no day is known),
   * {@code body} only when the full text was asked for, {@code mainCompany} null when no company is named.
   * {@code day} is the date as shown (2025-11-03, or 2025-11), {@code chineseDate} and {@code bodyAfterDate} what the
   * full digest prints (the date once, then the text without its own opening date).
   */
  public record Entry(String id, LocalDate date, String datePrecision, String title,
      @JsonInclude(JsonInclude.Include.NON_NULL) String body, String mainCompany, List<String> companies,
      List<String> companyIds, List<String> models, String source, List<String> sources, String url, boolean labelled,
      boolean dateFromText, List<String> duplicates, @JsonIgnore String day, @JsonIgnore String chineseDate,
      @JsonIgnore String bodyAfterDate) {}

  public static NewsDigestView of(NewsDigest d, Period p, boolean full) {
    List<Section> sections = d.sections().stream().map(s -> section(s, full)).toList();
    return new NewsDigestView(PeriodView.of(p), d.items(), d.folded(), sections);
  }

  private static Section section(DigestSection s, boolean full) {
    List<Block> blocks = s.blocks().stream().map(b -> block(b, full)).toList();
    List<Entry> entries = s.entries().stream().map(e -> entry(e, full)).toList();
    return new Section(s.section().id(), s.section().title(), blocks, entries);
  }

  private static Block block(CompanyBlock b, boolean full) {
    return new Block(b.companyName().isEmpty() ? null : b.companyName(), b.companyId().isEmpty() ? null : b.companyId(),
        b.summary(), b.heading(), b.entries().stream().map(e -> entry(e, full)).toList());
  }

  private static Entry entry(DigestEntry e, boolean full) {
    NewsItem i = e.item();
    String day = e.datePrecision() == DatePrecision.MONTH ? YearMonth.from(e.firstSeen()).toString() : e.firstSeen().toString();
    return new Entry(i.id(), e.firstSeen(), e.datePrecision().id(), i.headline(), full ? i.body() : null,
        e.mainCompanyName().isEmpty() ? null : e.mainCompanyName(), e.companyNames(), i.companies(), i.models(),
        i.source(), e.sources(), i.url(), i.labelled(), i.dateFromText(), e.duplicateIds(), day,
        full ? e.chineseDate() : null, full ? e.bodyAfterDate() : null);
  }
}
