package org.sectordesk.news;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of the A-share AI application tracker.
 *
 * @param company  company name as the report prints it
 * @param code     its A-share code, e.g. 300364.SZ
 * @param date     the event's date
 * @param event    what happened (the item's headline)
 * @param models   AI models the item names (ChatGPT, 文心一言 …), possibly none
 * @param itemId   the news item it comes from
 */
public record TrackerRow(String company, String code, LocalDate date, String event, List<String> models, String itemId) {
  public TrackerRow {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(event, "event");
    models = List.copyOf(models);
    Objects.requireNonNull(itemId, "itemId");
  }
}
