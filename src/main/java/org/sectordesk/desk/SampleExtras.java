package org.sectordesk.desk;

import java.util.function.Consumer;
import org.sectordesk.workspace.Workspace;

/** The sample workspace's other data: estimates and ratings, news and announcements, report texts. */
final class SampleExtras {
  private SampleExtras() {}

  static void load(Workspace ws, Consumer<String> progress, StringBuilder summary) {
    for (String line : SampleBook.load(ws)) {
      progress.accept(line);
    }
    summary.append(", estimates and ratings");
    progress.accept(SampleNews.load(ws));
    summary.append(", news and announcements");
    for (String line : SampleSeries.load(ws)) {
      progress.accept(line);
    }
    summary.append(", metric series");
    summary.append(", ").append(ReportSamples.write(ws.dir())).append(" sample report texts in texts/");
  }
}
