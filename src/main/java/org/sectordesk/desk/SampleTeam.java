package org.sectordesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample workspace's team files (all SAMPLE, fictitious): the analysts and the house's earlier reports, the
 * house file and its own rating scheme, the report layouts as the sample house configures them, and the tables
 * its layouts print. Written before the rating book is imported, since the book uses the house's scheme.
 */
final class SampleTeam {
  static final List<String> FILES = List.of(TeamRegistries.ANALYSTS, TeamRegistries.PUBLICATIONS, "house.yaml",
      "schemes/mingchuan.yaml", "layouts/monthly.yaml", "layouts/weekly.yaml", "data/models-2024-11.csv",
      "data/ai-products-2024-11.csv", "data/README.md");

  private SampleTeam() {}

  /**
   * Writes the files into a fresh sample workspace, replacing the built-in layouts and house file {@code desk init}
   * has just written (the sample house has its own); returns how many were written.
   */
  static int write(Path workspaceDir) {
    int n = 0;
    try {
      for (String name : FILES) {
        Path target = workspaceDir.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = SampleTeam.class.getResourceAsStream("/org/sectordesk/sample/team/" + name)) {
          if (in == null) {
            throw new IllegalStateException("resource sample/team/" + name + " is missing from the build");
          }
          Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          n++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sample team files into " + workspaceDir, e);
    }
    return n;
  }
}
