package org.sectordesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sectordesk.desk.DataStatusView;
import org.sectordesk.desk.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"What the workspace holds, series by series: the check to run before a report.",
        "Per code and kind (bars, shares, valuation, FX pair/source/kind, estimates): first and last date, rows,",
        "the files it came from and whether it is fresh on the as-of day (bars reach their market's last trading",
        "day as the other stored series show it; FX within fx.max_age_days). Exit code 0 either way.", "",
        "Examples:  desk -w WORK status --as-of 2025-11-28",
        "           desk -w WORK status --format json"})
final class StatusCommand implements Callable<Integer> {
  @ParentCommand DeskCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Judge freshness on this day. Default: today (UTC).")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
  OutputFormat format;

  @Override
  public Integer call() {
    try (Desk desk = root.openDesk()) {
      DataStatusView v = desk.status(asOf != null ? asOf : LocalDate.now(java.time.ZoneOffset.UTC));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.json) {
        Json.print(out, v);
      } else {
        table(out, v);
      }
      return ExitCodes.OK;
    }
  }

  private static void table(PrintWriter out, DataStatusView v) {
    out.println("Stored series, fresh on " + v.asOf() + " (" + v.stale() + " stale)");
    TextTable t = new TextTable(List.of("kind", "series", "first", "last", "rows", "fresh", "files"),
        false, false, false, false, true, false, false);
    for (DataStatusView.Row r : v.series()) {
      t.row(List.of(r.kind(), r.key(), r.firstDate().toString(), r.lastDate().toString(),
          Long.toString(r.rows()), r.fresh() == null ? "" : r.fresh() ? "yes" : "STALE (expected " + r.expectedThrough() + ")",
          String.join(", ", r.files())));
    }
    t.print(out);
  }
}
