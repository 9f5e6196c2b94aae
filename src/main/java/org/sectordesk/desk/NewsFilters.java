package org.sectordesk.desk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.WatchList;
import org.sectordesk.report.SectionSpec;
import org.sectordesk.report.TextSections;

/**
 * The {@code news} section's filters: {@code watch_lists} / {@code keywords} keep the items whose company is a member
 * of those lists or whose title or text holds one of the words (the weekly's 计算机 subsection: the A-share computer
 * names and the sector's topics), {@code exclude_watch_lists} / {@code exclude_keywords} drop them.
 */
final class NewsFilters {
  private NewsFilters() {}

  static List<TextSections.NewsLine> filter(SectionSpec spec, ReferenceData ref, List<TextSections.NewsLine> items) {
    List<String> keep = spec.list("watch_lists");
    List<String> drop = spec.list("exclude_watch_lists");
    List<String> words = spec.list("keywords");
    List<String> dropWords = spec.list("exclude_keywords");
    if (keep.isEmpty() && drop.isEmpty() && words.isEmpty() && dropWords.isEmpty()) {
      return items;
    }
    Set<String> in = names(spec, ref, keep, "watch_lists");
    Set<String> out = names(spec, ref, drop, "exclude_watch_lists");
    boolean select = !keep.isEmpty() || !words.isEmpty();
    return items.stream()
        .filter(i -> !select || in.contains(i.company()) || mentions(i, words))
        .filter(i -> !out.contains(i.company()) && !mentions(i, dropWords)).toList();
  }

  private static boolean mentions(TextSections.NewsLine i, List<String> words) {
    for (String w : words) {
      if (i.title().contains(w) || i.body().contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> names(SectionSpec spec, ReferenceData ref, List<String> ids, String param) {
    Set<String> names = new HashSet<>();
    for (String id : ids) {
      WatchList w = ref.watchList(id).orElseThrow(() -> new IllegalArgumentException(spec.where() + " (news): [" + param
          + "] names '" + id + "', which desk.yaml does not define"));
      for (String code : w.codes()) {
        ref.security(code).ifPresent(s -> {
          names.add(s.displayName());
          if (!s.nameEn().isEmpty()) {
            names.add(s.nameEn());
          }
        });
      }
    }
    return names;
  }
}
