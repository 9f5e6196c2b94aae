package org.sectordesk.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The announcements of a window, newest first, as the weekly report's table lists them.
 *
 * @param from           first day, inclusive
 * @param to             last day, inclusive
 * @param watchListsOnly true when restricted to the workspace's watch lists
 * @param announcements  newest first (same time: by code)
 */
public record AnnouncementList(LocalDate from, LocalDate to, boolean watchListsOnly, List<Announcement> announcements) {
  public AnnouncementList {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    announcements = List.copyOf(announcements);
  }

  /** Selects the window's announcements; with {@code watched} non-null only those of its codes. */
  public static AnnouncementList select(LocalDate from, LocalDate to, List<Announcement> all, Set<String> watched) {
    List<Announcement> out = new ArrayList<>();
    for (Announcement a : all) {
      LocalDate d = a.time().toLocalDate();
      if (d.isBefore(from) || d.isAfter(to)) {
        continue;
      }
      if (watched != null && !watched.contains(a.code())) {
        continue;
      }
      out.add(a);
    }
    out.sort(Comparator.comparing(Announcement::time).reversed().thenComparing(Announcement::code));
    return new AnnouncementList(from, to, watched != null, out);
  }
}
