package org.sectordesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sectordesk.desk.bench.BenchFigure;
import org.sectordesk.desk.bench.StartupBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code desk bench startup}: the CPU seconds of each command from a cold start, next to java -version. */
@Command(name = "startup", mixinStandardHelpOptions = true,
    description = {"Benchmark: the CPU seconds of the common commands from a cold start, next to java -version.",
        "Measures the process CPU time (user + system) of the common commands started cold through the",
        "./desk launcher on a SAMPLE workspace (created once in --dir), median of --runs runs taken in turns, next to",
        "java -version measured in the same run. CPU time, unlike wall time, stays put when the cores are shared."})
final class BenchStartupCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--runs", defaultValue = "5", description = "Cold runs of each command. Default: ${DEFAULT-VALUE}")
  int runs;

  @Option(names = "--dir", defaultValue = "bench/startup", paramLabel = "DIR",
      description = "Scratch folder for the SAMPLE workspace and the reports. Default: ${DEFAULT-VALUE}")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    StartupBenchmark.Result r = new StartupBenchmark(line -> {
      err.println(line);
      err.flush();
    }).run(dir, runs);
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "Sector Desk start-up benchmark, %s, Java %s, %d processors, %d cold runs per command%n",
        Instant.now().truncatedTo(ChronoUnit.SECONDS), System.getProperty("java.runtime.version"),
        Runtime.getRuntime().availableProcessors(), r.runs());
    o.printf(Locale.ROOT, "load average (1, 5, 15 min) before %s, after %s; workspace %s%n%n", r.loadBefore(), r.loadAfter(),
        r.workspace());
    o.printf(Locale.ROOT, "%-45s %8s %6s %6s %8s %7s  %s%n", "command", "CPU s", "min", "max", "wall s", "target", "");
    for (StartupBenchmark.Row row : r.rows()) {
      BenchFigure cpu = row.cpu();
      o.printf(Locale.ROOT, "%-45s %8.2f %6.2f %6.2f %8.2f %7s  %s%n", row.name(), cpu.median(), cpu.min(), cpu.max(),
          row.wall().median(), row.targetCpuSeconds() == null ? "" : String.format(Locale.ROOT, "<= %.2f", row.targetCpuSeconds()),
          row.meetsTarget() == null ? "" : row.meetsTarget() ? "met" : "NOT MET");
    }
    o.println();
    o.println("(CPU s: median user + system seconds of the process and its children; wall s: median elapsed time)");
    o.flush();
    return ExitCodes.OK;
  }
}
