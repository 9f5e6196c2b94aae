package org.sectordesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Json.print(out, json(v));
      } else {
        table(out, v);
      }
      return ExitCodes.OK;
    }
  }

  static Map<String, Object> json(DataStatusView v) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("as_of", v.asOf().toString());
    root.put("stale", v.staleCount());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DataStatusView.Row r : v.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", r.series().kind());
      m.put("key", r.series().key());
      m.put("first_date", r.series().first().toString());
      m.put("last_date", r.series().last().toString());
      m.put("rows", r.series().rows());
      m.put("files", r.series().files());
      m.put("fresh", r.fresh());
      m.put("expected_through", r.expected() == null ? null : r.expected().toString());
      rows.add(m);
    }
    root.put("series", rows);
    return root;
  }

  private static void table(PrintWriter out, DataStatusView v) {
    out.println("Stored series, fresh on " + v.asOf() + " (" + v.staleCount() + " stale)");
    TextTable t = new TextTable(List.of("kind", "series", "first", "last", "rows", "fresh", "files"),
        false, false, false, false, true, false, false);
    for (DataStatusView.Row r : v.rows()) {
      t.row(List.of(r.series().kind(), r.series().key(), r.series().first().toString(), r.series().last().toString(),
          Long.toString(r.series().rows()), r.fresh() == null ? "" : r.fresh() ? "yes" : "STALE (expected " + r.expected() + ")",
          String.join(", ", r.series().files())));
    }
    t.print(out);
  }
}
