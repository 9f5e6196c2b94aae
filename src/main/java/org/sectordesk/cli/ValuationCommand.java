package org.sectordesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sectordesk.analytics.ValuationStats;
import org.sectordesk.desk.Desk;
import org.sectordesk.domain.SecurityCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "valuation", mixinStandardHelpOptions = true,
    description = {"An index's PE-TTM and its percentile since inception.",
        "The PE-TTM on a day and where it stands since the series began: percentile (share of observations",
        "at or below it), mean and standard deviation.", "",
        "Example:  desk -w WORK valuation HSTECH.HI --as-of 2024-12-02"})
final class ValuationCommand implements Callable<Integer> {
  @ParentCommand DeskCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CODE", description = "Index code, e.g. HSTECH.HI.")
  String code;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Day to look at (last observation on or before it). Default: the latest.")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
  OutputFormat format;

  @Override
  public Integer call() {
    try (Desk desk = root.openDeskToRead()) {
      ValuationStats v = desk.market().valuation(SecurityCodes.normalise(code), asOf);
      String name = desk.workspace().reference().require(v.code()).displayName();
      PrintWriter out = spec.commandLine().getOut();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", v.code());
      m.put("name", name);
      m.put("as_of", v.asOf().toString());
      m.put("date", v.date().toString());
      m.put("pe_ttm", v.peTtm());
      m.put("percentile_pct", Numbers.pctValue(v.percentile()));
      m.put("mean", v.mean());
      m.put("std_dev", v.stdDev());
      m.put("mean_plus_1sd", v.mean() + v.stdDev());
      m.put("mean_minus_1sd", v.mean() - v.stdDev());
      m.put("observations", v.count());
      m.put("excluded_nonpositive", v.excludedNonpositive());
      m.put("since", v.since().toString());
      switch (format) {
        case json -> Json.print(out, m);
        case csv -> {
          Csv.line(out, List.copyOf(m.keySet()));
          Csv.line(out, Arrays.asList(m.values().toArray()));
          out.flush();
        }
        default -> {
          out.println(name + " (" + v.code() + ") PE-TTM " + Numbers.num(v.peTtm(), 2, false) + "x on " + v.date()
              + ", at the " + Numbers.pct(v.percentile(), 2) + "% percentile since " + v.since()
              + " (" + v.count() + " observations"
              + (v.excludedNonpositive() > 0 ? "; " + v.excludedNonpositive() + " at or below zero left out" : "") + ")");
          out.println("mean " + Numbers.num(v.mean(), 2, false) + "x, standard deviation " + Numbers.num(v.stdDev(), 2, false)
              + "x, mean ±1 sd " + Numbers.num(v.mean() - v.stdDev(), 2, false) + "x to "
              + Numbers.num(v.mean() + v.stdDev(), 2, false) + "x");
          out.flush();
        }
      }
      return ExitCodes.OK;
    }
  }
}
