package org.sectordesk.desk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.WatchList;
import org.sectordesk.report.SectionSpec;
import org.sectordesk.report.TextSections;

/**
 * The {@code news} section's company filters: {@code watch_lists} keeps the items whose company is a member of
 * those lists (the weekly's 计算机 subsection: the A-share computer names), {@code exclude_watch_lists} drops them.
 */
final class NewsByWatchList {
  private NewsByWatchList() {}

  static List<TextSections.NewsLine> filter(SectionSpec spec, ReferenceData ref, List<TextSections.NewsLine> items) {
    List<String> keep = spec.list("watch_lists");
    List<String> drop = spec.list("exclude_watch_lists");
    if (keep.isEmpty() && drop.isEmpty()) {
      return items;
    }
    Set<String> in = names(spec, ref, keep, "watch_lists");
    Set<String> out = names(spec, ref, drop, "exclude_watch_lists");
    return items.stream().filter(i -> (keep.isEmpty() || in.contains(i.company())) && !out.contains(i.company())).toList();
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
