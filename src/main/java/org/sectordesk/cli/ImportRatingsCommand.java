package org.sectordesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import org.sectordesk.desk.BookImportResult;
import org.sectordesk.desk.BookImports;
import org.sectordesk.workspace.Workspace;

@Command(name = "ratings", mixinStandardHelpOptions = true,
    description = {"Published ratings (CSV); a rating holds until the next rating on the same code.",
        "CSV columns: date,code,scheme,tier,target_price,analyst,title (target_price, analyst, title may be blank).",
        "code may name an industry index listed under indices in desk.yaml (e.g. 801760.SI); scheme is",
        "guosen, soochow, huaan or one of the workspace's schemes/*.yaml; tier is the scheme's own name (优于大市 …).",
        "Lines starting with # are comments. All rows are stored or none; re-importing changes nothing."})
final class ImportRatingsCommand extends BookImportCommand {
  @Override
  BookImportResult run(Workspace ws, Path file) {
    return BookImports.importRatings(ws, file);
  }
}
