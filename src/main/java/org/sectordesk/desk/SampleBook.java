package org.sectordesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.workspace.Workspace;

/**
 * Loads the sample workspace's SAMPLE estimates and ratings: copies the bundled files to
 * {@code WORKSPACE/sample/estimates.csv} and {@code ratings.csv} (so the analyst can see and edit them) and imports
 * them through the normal import path. Called by {@code desk init --sample} after the market data is stored.
 */
public final class SampleBook {
  static final String FOLDER = "sample";

  private SampleBook() {}

  /** Imports both files; returns one summary line per file. Fails when the bundled data does not fit the workspace. */
  public static List<String> load(Workspace ws) {
    List<String> out = new ArrayList<>();
    Path est = copy(ws, "estimates.csv");
    Path rat = copy(ws, "ratings.csv");
    for (BookImportResult r : List.of(BookImports.importEstimates(ws, est), BookImports.importRatings(ws, rat))) {
      if (r.rejected()) {
        throw new IllegalStateException("the bundled sample " + r.kind() + " do not fit this workspace:"
            + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", r.problems()));
      }
      out.add(r.summary() + " (SAMPLE data)");
    }
    return out;
  }

  private static Path copy(Workspace ws, String name) {
    Path target = ws.file(FOLDER).resolve(name);
    try (InputStream in = SampleBook.class.getResourceAsStream("/org/sectordesk/sample/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sample file " + name + " is missing from the build");
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
