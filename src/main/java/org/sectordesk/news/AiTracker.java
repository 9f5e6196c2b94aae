package org.sectordesk.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The weekly report's "A-share AI application progress" table: a dated timeline of AI events of
 * A-share companies. An item enters when its main company has an A-share code and the item is
 * about AI: filed under the AI section, naming a model, or speaking of AI (AI, AIGC, 大模型,
 * 人工智能, 智能体, 多模态). Rows are grouped by company (in code order), dates ascending.
 *
 * @param from  first day, inclusive
 * @param to    last day, inclusive
 * @param rows  the timeline
 */
public record AiTracker(LocalDate from, LocalDate to, List<TrackerRow> rows) {
  private static final List<String> AI_WORDS = List.of("ai", "aigc", "大模型", "人工智能", "智能体", "多模态", "生成式");

  public AiTracker {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    rows = List.copyOf(rows);
  }

  public static AiTracker build(LocalDate from, LocalDate to, List<NewsItem> items, AliasDictionary dictionary) {
    List<TrackerRow> rows = new ArrayList<>();
    for (NewsItem i : items) {
      if (i.companies().isEmpty() || i.date().isBefore(from) || i.date().isAfter(to)) {
        continue;
      }
      Optional<Company> main = dictionary.company(i.mainCompany());
      if (main.isEmpty() || !main.get().aShare()) {
        continue;
      }
      if (i.section() == Section.AI || !i.models().isEmpty() || speaksOfAi(i)) {
        rows.add(new TrackerRow(main.get().name(), main.get().primaryCode(), i.date(), i.headline(), i.models(), i.id()));
      }
    }
    rows.sort(Comparator.comparing(TrackerRow::code).thenComparing(TrackerRow::date).thenComparing(TrackerRow::event));
    return new AiTracker(from, to, rows);
  }

  private static boolean speaksOfAi(NewsItem i) {
    String t = (i.title() + " " + i.body()).toLowerCase(Locale.ROOT);
    for (String w : AI_WORDS) {
      int p = t.indexOf(w);
      while (p >= 0) {
        boolean latin = Character.isLetter(w.charAt(0)) && w.charAt(0) < 128;
        boolean before = p == 0 || !Character.isLetter(t.charAt(p - 1)) || t.charAt(p - 1) > 127;
        int e = p + w.length();
        boolean after = e >= t.length() || !Character.isLetter(t.charAt(e)) || t.charAt(e) > 127;
        if (!latin || (before && after)) {
          return true;
        }
        p = t.indexOf(w, p + 1);
      }
    }
    return false;
  }
}
