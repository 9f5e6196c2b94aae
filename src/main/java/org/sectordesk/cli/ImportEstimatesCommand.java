package org.sectordesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.sectordesk.desk.BookImportResult;
import org.sectordesk.desk.BookImports;
import org.sectordesk.workspace.Workspace;

@Command(name = "estimates", mixinStandardHelpOptions = true,
    description = {"The team's EPS forecasts (CSV); the forecast history is kept.",
        "A new forecast for a code and fiscal year supersedes the old one from its as_of date; the old one stays.",
        "CSV columns: code,fiscal_year,eps,currency,as_of and optionally per_ads,revenue,adj_net_profit.",
        "Lines starting with # are comments. All rows are stored or none; re-importing changes nothing."})
final class ImportEstimatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "CSV file of forecasts.")
  Path file;

  @Override
  public Integer call() {
    DeskCommand root = (DeskCommand) spec.root().userObject();
    try (Workspace ws = root.openWorkspace()) {
      BookImportResult r = BookImports.importEstimates(ws, file);
      if (r.rejected()) {
        throw DataRejectedException.of(file.getFileName().toString(), r.problems());
      }
      spec.commandLine().getOut().println(r.summary());
      return ExitCodes.OK;
    }
  }
}
