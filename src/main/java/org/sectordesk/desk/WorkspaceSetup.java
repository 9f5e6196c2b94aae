package org.sectordesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.sectordesk.sample.SampleData;
import org.sectordesk.sample.SampleMarket;
import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.store.WriteSummary;
import org.sectordesk.workspace.Workspace;
import org.sectordesk.workspace.WorkspaceException;

/** {@code desk init}: creates a workspace folder, empty or filled with the bundled SAMPLE data. */
public final class WorkspaceSetup {
  private WorkspaceSetup() {}

  public record Result(Path dir, String summary) {}

  public static Result init(Path dir, boolean sample, Consumer<String> progress) {
    if (Files.exists(dir.resolve(Workspace.CONFIG_FILE))) {
      throw new WorkspaceException(dir + " already holds a workspace (" + Workspace.CONFIG_FILE + " exists)");
    }
    try {
      Files.createDirectories(dir);
      if (sample) {
        Files.writeString(dir.resolve(Workspace.CONFIG_FILE), SampleMarket.deskYaml(), StandardCharsets.UTF_8);
      } else {
        copy("/org/sectordesk/desk/empty-desk.yaml", dir.resolve(Workspace.CONFIG_FILE));
      }
      writeReportFiles(dir);
    } catch (IOException e) {
      throw new WorkspaceException("cannot create workspace " + dir + ": " + e.getMessage(), e);
    }
    try (Workspace ws = Workspace.open(dir)) {
      if (!sample) {
        return new Result(dir, "workspace created at " + dir + " (edit " + Workspace.CONFIG_FILE + " to set its coverage)");
      }
      progress.accept("generating the SAMPLE market data (synthetic, calibrated to published figures)…");
      SampleData data = SampleMarket.generate();
      DuckDbMarketStore store = new DuckDbMarketStore(ws.database());
      WriteSummary bars = store.writeBars(data.bars());
      store.writeFx(data.fx());
      store.writeCapitalisation(data.capitalisation());
      store.writeValuation(data.valuation());
      StringBuilder summary = new StringBuilder("SAMPLE workspace created at " + dir + ": "
          + ws.reference().securities().size() + " securities, " + bars.inserted() + " daily bars "
          + SampleMarket.FIRST_DAY + " to " + SampleMarket.LAST_DAY + ", " + data.fx().size() + " FX fixings, "
          + data.valuation().size() + " PE-TTM observations");
      SampleExtras.load(ws, progress, summary);
      summary.append(". All of it is synthetic sample data.");
      return new Result(dir, summary.toString());
    }
  }

  /**
   * The files the reports read, so that the analyst finds them in the workspace: the built-in layouts as
   * {@code layouts/monthly.yaml} and {@code layouts/weekly.yaml}, the built-in house as {@code house.yaml}
   * (each commented, and read exactly as the built-in one until edited), and a guide in {@code texts/}.
   */
  static void writeReportFiles(Path dir) throws IOException {
    Path layouts = Files.createDirectories(dir.resolve(ReportDesk.LAYOUT_DIR));
    for (String id : new String[] {"monthly", "weekly"}) {
      writeCommented("/org/sectordesk/report/layouts/" + id + ".yaml", layouts.resolve(id + ".yaml"),
          "# Written by desk init from the built-in " + id + " layout: the report reads this file from now on.\n"
              + "# Every key and section type is described in the README, \"Layout files\".\n");
    }
    writeCommented("/org/sectordesk/report/house-default.yaml", dir.resolve(ReportDesk.HOUSE_FILE),
        "# Written by desk init from the built-in house: the reports read this file from now on.\n"
            + "# Every key is described in the README, \"house.yaml\".\n");
    Path texts = Files.createDirectories(dir.resolve("texts"));
    if (!Files.exists(texts.resolve("README.md"))) {
      copy("/org/sectordesk/desk/texts-readme.md", texts.resolve("README.md"));
    }
  }

  private static void writeCommented(String resource, Path target, String header) throws IOException {
    if (Files.exists(target)) {
      return;
    }
    try (InputStream in = WorkspaceSetup.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + resource + " missing from the build"));
      }
      Files.writeString(target, header + new String(in.readAllBytes(), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
  }

  static void copy(String resource, Path target) throws IOException {
    try (InputStream in = WorkspaceSetup.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + resource + " missing from the build"));
      }
      Files.copy(in, target);
    }
  }
}
