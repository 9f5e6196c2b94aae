package org.sectordesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.view.ValuationView;
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

  @picocli.CommandLine.Mixin LangOption lang;

  @Override
  public Integer call() {
    try (Desk desk = root.openDesk()) {
      ValuationView v = desk.valuation(code, asOf);
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json -> Json.print(out, v);
        case csv -> {
          Csv.line(out, List.of("code", "name", "as_of", "date", "pe_ttm", "percentile_pct", "mean", "std_dev",
              "mean_plus_1sd", "mean_minus_1sd", "observations", "excluded_nonpositive", "since"));
          Csv.line(out, Arrays.asList(v.code(), v.name(), v.asOf().toString(), v.date().toString(), v.peTtm(),
              Numbers.pctValue(v.percentile()), v.mean(), v.stdDev(), v.upperBand(), v.lowerBand(), v.observations(),
              v.excludedNonpositive(), v.since().toString()));
          out.flush();
        }
        default -> {
          String pe = Numbers.num(v.peTtm(), 2, false);
          String pct = Numbers.pct(v.percentile(), 2);
          String mean = Numbers.num(v.mean(), 2, false);
          String sd = Numbers.num(v.stdDev(), 2, false);
          String low = Numbers.num(v.lowerBand(), 2, false);
          String high = Numbers.num(v.upperBand(), 2, false);
          if (lang.en()) {
            out.println(v.name() + " (" + v.code() + ") PE-TTM " + pe + "x on " + v.date() + ", at the " + pct
                + "% percentile since " + v.since() + " (" + v.observations() + " observations"
                + (v.excludedNonpositive() > 0 ? "; " + v.excludedNonpositive() + " at or below zero left out" : "") + ")");
            out.println("mean " + mean + "x, standard deviation " + sd + "x, mean ±1 sd " + low + "x to " + high + "x");
          } else {
            out.println(v.name() + "（" + v.code() + "）" + v.date() + " 市盈率TTM " + pe + " 倍，处于 " + v.since()
                + " 以来的 " + pct + "% 分位（" + v.observations() + " 个观测值"
                + (v.excludedNonpositive() > 0 ? "，剔除 " + v.excludedNonpositive() + " 个非正值" : "") + "）");
            out.println("均值 " + mean + " 倍，标准差 " + sd + " 倍，均值±1倍标准差 " + low + " 倍至 " + high + " 倍");
          }
          out.flush();
        }
      }
      return ExitCodes.OK;
    }
  }
}
