package org.sectordesk.desk;

import java.time.YearMonth;
import org.sectordesk.workspace.Workspace;

/**
 * Loads the bundled SAMPLE news (a month of invented items for November 2025; November 2024 and the week of
 * 2024-09-02 written from public facts) and announcements
 * (the week of 2024-09-02 and November 2025) into a workspace, through the normal import path.
 * {@code desk init --sample} calls it.
 */
public final class SampleNews {
  static final String NEWS = "/org/sectordesk/sample/news-2025-11.jsonl";
  /** Written for the project from public facts: November 2024 (the sample monthly) and the week of 2024-09-02 with the year's A-share AI events (the sample weekly). */
  static final String NEWS_2024_11 = "/org/sectordesk/sample/news-2024-11.jsonl";
  static final String NEWS_2024_09 = "/org/sectordesk/sample/news-2024-09.jsonl";
  static final String ANNOUNCEMENTS = "/org/sectordesk/sample/announcements.csv";

  private SampleNews() {}

  /** Imports the sample news and announcements; returns a one-line summary. */
  public static String load(Workspace ws) {
    NewsDesk desk = new NewsDesk(ws);
    NewsDesk.ImportResult news = desk.importNews("news-2025-11.jsonl", text(NEWS), YearMonth.of(2025, 11));
    NewsDesk.ImportResult nov24 = desk.importNews("news-2024-11.jsonl", text(NEWS_2024_11), YearMonth.of(2024, 11));
    NewsDesk.ImportResult sep24 = desk.importNews("news-2024-09.jsonl", text(NEWS_2024_09), YearMonth.of(2024, 9));
    NewsDesk.ImportResult ann = desk.importAnnouncements("announcements.csv", text(ANNOUNCEMENTS));
    if (!news.ok() || !nov24.ok() || !sep24.ok() || !ann.ok()) {
      throw new IllegalStateException("bundled sample news is broken: " + news.problems() + nov24.problems()
          + sep24.problems() + ann.problems());
    }
    return String.format("SAMPLE news: %d items (%d dated from their text), %d announcements",
        news.read() + nov24.read() + sep24.read(), news.datedFromText(), ann.read());
  }

  private static String text(String resource) {
    String t = NewsResources.resource(resource);
    if (t == null) {
      throw new IllegalStateException("resource " + resource + " missing from the build");
    }
    return t;
  }
}
