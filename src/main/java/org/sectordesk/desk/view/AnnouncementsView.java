package org.sectordesk.desk.view;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sectordesk.domain.Period;
import org.sectordesk.news.AnnouncementList;

/** {@code desk announcements}: a period's company announcements, newest first. */
public record AnnouncementsView(PeriodView period, boolean watchListsOnly, List<Row> announcements) {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public AnnouncementsView {
    announcements = List.copyOf(announcements);
  }

  /** One announcement; {@code time} as the exchange prints it, e.g. 2024-09-06 19:48. */
  public record Row(String time, String code, String name, String title, String url) {}

  public static AnnouncementsView of(AnnouncementList list, Period p) {
    List<Row> rows = list.announcements().stream()
        .map(a -> new Row(a.time().format(TIME), a.code(), a.name(), a.title(), a.url())).toList();
    return new AnnouncementsView(PeriodView.of(p), list.watchListsOnly(), rows);
  }
}
