package org.sectordesk.desk;

import java.util.function.Consumer;
import org.sectordesk.workspace.Workspace;

/** The sample workspace's other data: estimates and ratings, news and announcements, report files. */
final class SampleExtras {
  private SampleExtras() {}

  static void load(Workspace ws, Consumer<String> progress, StringBuilder summary) {
    for (String line : SampleBook.load(ws)) {
      progress.accept(line);
    }
    summary.append(", estimates and ratings");
  }
}
