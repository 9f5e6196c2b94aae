package org.sectordesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import org.sectordesk.desk.BookImportResult;
import org.sectordesk.desk.BookImports;
import org.sectordesk.workspace.Workspace;

@Command(name = "estimates", mixinStandardHelpOptions = true,
    description = {"The team's EPS forecasts (CSV); the forecast history is kept.",
        "A new forecast for a code and fiscal year supersedes the old one from its as_of date; the old one stays.",
        "CSV columns: code,fiscal_year,eps,currency,as_of and optionally per_ads,revenue,adj_net_profit.",
        "Lines starting with # are comments. All rows are stored or none; re-importing changes nothing."})
final class ImportEstimatesCommand extends BookImportCommand {
  @Override
  BookImportResult run(Workspace ws, Path file) {
    return BookImports.importEstimates(ws, file);
  }
}
