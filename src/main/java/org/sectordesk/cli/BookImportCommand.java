package org.sectordesk.cli;

import org.sectordesk.desk.DataRejectedException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sectordesk.desk.BookImportResult;
import org.sectordesk.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The flow shared by {@code import estimates} and {@code import ratings}: one file, all rows or none. */
abstract class BookImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The CSV file.")
  Path file;

  abstract BookImportResult run(Workspace ws, Path file);

  @Override
  public Integer call() {
    DeskCommand root = (DeskCommand) spec.root().userObject();
    try (Workspace ws = root.openWorkspace()) {
      BookImportResult r = run(ws, file);
      if (r.rejected()) {
        throw DataRejectedException.of(file.getFileName().toString(), r.problems());
      }
      spec.commandLine().getOut().println(r.summary());
      return ExitCodes.OK;
    }
  }
}
