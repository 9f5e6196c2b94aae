package org.sectordesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.ingest.SeriesFiles;
import org.sectordesk.workspace.MetricsFile;
import org.sectordesk.workspace.Workspace;

/**
 * The sample workspace's metric catalogue and SAMPLE series: writes {@code metrics.yaml} (unless the workspace has
 * one) and the sample deck layout {@code decks/ai-monetisation.yaml}, copies the bundled series files to {@code WORKSPACE/sample/series/} and imports them through the normal
 * import path.
 */
public final class SampleSeries {
  static final List<String> FILES = List.of("pboc-deposits.csv", "pboc-deposits-earlier.csv", "game-licences.csv", "deck-cloud.csv",
      "deck-ads.csv", "deck-models.csv", "deck-users.csv");
  static final String DECK = "ai-monetisation.yaml";

  private SampleSeries() {}

  /** Imports every bundled series file; returns one summary line per file. */
  public static List<String> load(Workspace ws) {
    Path catalogue = ws.dir().resolve(MetricsFile.FILE);
    if (!Files.exists(catalogue)) {
      copy("metrics.yaml", catalogue);
    }
    Path deck = ws.dir().resolve(DeckDesk.DECK_DIR).resolve(DECK);
    if (!Files.exists(deck)) {
      copy("decks/" + DECK, deck);
    }
    SeriesDesk desk = SeriesDesk.open(ws);
    List<String> out = new ArrayList<>();
    for (String name : FILES) {
      Path target = ws.file(SampleBook.FOLDER).resolve("series").resolve(name);
      copy("series/" + name, target);
      BookImportResult r = desk.importFile(target, SeriesFiles.SeriesLayout.AUTO, null);
      if (r.rejected()) {
        throw new IllegalStateException("the bundled sample series " + name + " do not fit this workspace:"
            + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", r.problems()));
      }
      out.add(r.summary() + " (SAMPLE data)");
    }
    return out;
  }

  private static void copy(String resource, Path target) {
    try (InputStream in = SampleSeries.class.getResourceAsStream("/org/sectordesk/sample/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("sample file " + resource + " is missing from the build");
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
