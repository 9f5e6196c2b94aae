package org.sectordesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample workspace's report texts: demonstration views the analyst replaces (labelled SAMPLE). */
final class ReportSamples {
  static final List<String> TEXTS = List.of("monthly-core-views.md", "monthly-investment-advice.md", "weekly-views.md",
      "risks.md");

  private ReportSamples() {}

  /** Writes {@code texts/*.md} into the workspace unless they exist; returns how many were written. */
  static int write(Path workspaceDir) {
    int n = 0;
    try {
      Path dir = Files.createDirectories(workspaceDir.resolve("texts"));
      for (String name : TEXTS) {
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
          continue;
        }
        try (InputStream in = ReportSamples.class.getResourceAsStream("/org/sectordesk/report/sample-texts/" + name)) {
          if (in == null) {
            throw new IllegalStateException("resource sample-texts/" + name + " is missing from the build");
          }
          Files.copy(in, target);
          n++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sample report texts into " + workspaceDir, e);
    }
    return n;
  }
}
