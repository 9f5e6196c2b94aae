package org.sectordesk.ingest;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Settles the layout of a read: the one asked for, or the detected one; checks it can hold the kind of data. */
final class LayoutChoice {
  private LayoutChoice() {}

  /** The layout, or null after a problem. */
  static Layout choose(Layout asked, PeekTable table, DataKind kind, Set<Layout> supported, Problems problems)
      throws IOException {
    Layout layout = asked;
    if (asked == Layout.AUTO) {
      layout = LayoutDetector.detect(table.peek(12));
      if (layout == null) {
        TableRow first = table.peek(1).isEmpty() ? null : table.peek(1).get(0);
        problems.fileProblem("layout", "cannot tell the layout from the header"
            + (first == null ? " (the file is empty)" : " '" + new Header(first).names() + "'")
            + "; give --layout (one of " + names(supported) + ")");
        return null;
      }
    }
    if (!supported.contains(layout)) {
      problems.fileProblem("layout", (asked == Layout.AUTO ? "the file looks like layout " : "layout ")
          + layout.cliName() + ", which does not hold " + kind.cliName() + " (for " + kind.cliName()
          + " the layouts are " + names(supported) + ")");
      return null;
    }
    return layout;
  }

  static Set<Layout> of(Layout... layouts) {
    return EnumSet.of(layouts[0], layouts);
  }

  private static String names(Set<Layout> layouts) {
    return layouts.stream().map(Layout::cliName).collect(Collectors.joining(", "));
  }
}
