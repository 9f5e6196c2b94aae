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

@Command(name = "ratings", mixinStandardHelpOptions = true,
    description = {"Published ratings (CSV); a rating holds until the next rating on the same code.",
        "CSV columns: date,code,scheme,tier,target_price,analyst,title (target_price, analyst, title may be blank).",
        "code may name an industry index listed under indices in desk.yaml (e.g. 801760.SI); scheme is",
        "guosen, soochow, huaan or one of the workspace's schemes/*.yaml; tier is the scheme's own name (优于大市 …).",
        "Lines starting with # are comments. All rows are stored or none; re-importing changes nothing."})
final class ImportRatingsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "CSV file of ratings.")
  Path file;

  @Override
  public Integer call() {
    DeskCommand root = (DeskCommand) spec.root().userObject();
    try (Workspace ws = root.openWorkspace()) {
      BookImportResult r = BookImports.importRatings(ws, file);
      if (r.rejected()) {
        throw DataRejectedException.of(file.getFileName().toString(), r.problems());
      }
      spec.commandLine().getOut().println(r.summary());
      return ExitCodes.OK;
    }
  }
}
