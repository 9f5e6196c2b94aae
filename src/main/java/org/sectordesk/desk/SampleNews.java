package org.sectordesk.desk;

import java.time.YearMonth;
import org.sectordesk.workspace.Workspace;

/**
 * Loads the bundled SAMPLE news (a month of invented items for November 2025) and announcements
 * (the week of 2024-09-02 and November 2025) into a workspace, through the normal import path.
 * {@code desk init --sample} calls it.
 */
public final class SampleNews {
  static final String NEWS = "/org/sectordesk/sample/news-2025-11.jsonl";
  static final String ANNOUNCEMENTS = "/org/sectordesk/sample/announcements.csv";

  private SampleNews() {}

  /** Imports the sample news and announcements; returns a one-line summary. */
  public static String load(Workspace ws) {
    NewsDesk desk = new NewsDesk(ws);
    NewsDesk.ImportResult news = desk.importNews("news-2025-11.jsonl", text(NEWS), YearMonth.of(2025, 11));
    NewsDesk.ImportResult ann = desk.importAnnouncements("announcements.csv", text(ANNOUNCEMENTS));
    if (!news.ok() || !ann.ok()) {
      throw new IllegalStateException("bundled sample news is broken: " + news.problems() + ann.problems());
    }
    return String.format("SAMPLE news: %d items (%d dated from their text), %d announcements",
        news.read(), news.datedFromText(), ann.read());
  }

  private static String text(String resource) {
    String t = NewsResources.resource(resource);
    if (t == null) {
      throw new IllegalStateException("resource " + resource + " missing from the build");
    }
    return t;
  }
}
