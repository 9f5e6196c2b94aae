package org.sectordesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.sectordesk.desk.bench.ReportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code desk -w WORK bench report}: the time to produce the full monthly report in all five formats. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Benchmark: the full monthly report in all five formats, warm and from a cold start.",
        "Time the full monthly report in all five formats of the workspace given with -w,",
        "warm (in this process, after a warm-up run) and from a cold start of the command (a new JVM per run, with",
        "the ./desk launcher, as a user starts it). Prints medians with min and max."})
final class BenchReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--month", defaultValue = "2024-11", paramLabel = "YYYY-MM", description = "Month reviewed. Default: ${DEFAULT-VALUE}")
  YearMonth month;

  @Option(names = "--runs", defaultValue = "5", description = "Warm runs after one warm-up. Default: ${DEFAULT-VALUE}")
  int runs;

  @Option(names = "--cold-runs", defaultValue = "3", description = "Cold runs (a new JVM each). Default: ${DEFAULT-VALUE}")
  int coldRuns;

  @Option(names = "--out", defaultValue = "bench/report", paramLabel = "DIR", description = "Scratch folder. Default: ${DEFAULT-VALUE}")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path workspace = ((DeskCommand) spec.root().userObject()).workspaceDir;
    var figures = new ReportBenchmark(line -> {
      err.println(line);
      err.flush();
    }).run(workspace, month, runs, coldRuns, out);
    PrintWriter o = spec.commandLine().getOut();
    o.printf("%-72s %8s %8s %8s %5s%n", "figure", "median", "min", "max", "runs");
    for (var f : figures) {
      o.printf("%-72s %6d ms %5d ms %5d ms %5d%n", f.name(), f.median(), f.min(), f.max(), f.millis().size());
    }
    return ExitCodes.OK;
  }
}
