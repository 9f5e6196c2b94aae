package org.sectordesk.desk;

import java.util.function.Consumer;
import org.sectordesk.workspace.Workspace;

/** The sample workspace's other data: estimates and ratings, news and announcements, report files. */
final class SampleExtras {
  private SampleExtras() {}

  static void load(Workspace ws, Consumer<String> progress, StringBuilder summary) {
    // estimates and ratings, news and announcements, and report layouts are added here as they land
    summary.append(", ").append(ReportSamples.write(ws.dir())).append(" sample report texts in texts/");
  }
}
