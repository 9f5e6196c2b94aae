package org.sectordesk.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.sectordesk.web.WebBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "web", mixinStandardHelpOptions = true,
    description = {"Load the web desk: N concurrent clients ask the dashboard's API (/api/review) on loopback.",
        "Starts the web desk on a free port of 127.0.0.1, warms up, then measures for a bounded time and prints",
        "p50 / p99 latency, throughput and errors. Target: p99 under 100 ms with 16 clients, no errors.",
        "First, in the same run, the baseline: the same load on a desk that computes every answer.",
        "Example:  desk -w WORK bench web --clients 16 --seconds 10"})
final class BenchWebCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients. Default: ${DEFAULT-VALUE}")
  int clients;

  @Option(names = "--seconds", defaultValue = "10", description = "Measured time. Default: ${DEFAULT-VALUE}")
  int seconds;

  @Option(names = "--warm-up", defaultValue = "3", description = "Warm-up seconds. Default: ${DEFAULT-VALUE}")
  int warmUp;

  @Option(names = "--baseline-seconds", defaultValue = "5",
      description = "Seconds of the baseline (every answer computed); 0 skips it. Default: ${DEFAULT-VALUE}")
  int baselineSeconds;

  @Option(names = "--month", defaultValue = "2024-11", description = "The review's month. Default: ${DEFAULT-VALUE}")
  String month;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || seconds < 1 || warmUp < 0 || baselineSeconds < 0) {
      throw new ParameterException(spec.commandLine(), "--clients and --seconds must be positive, --warm-up and --baseline-seconds not negative");
    }
    DeskCommand root = (DeskCommand) spec.root().userObject();
    WebBench.Comparison c = WebBench.compare(root.workspaceDir, "month=" + month, clients, Duration.ofSeconds(warmUp),
        Duration.ofSeconds(seconds), Duration.ofSeconds(baselineSeconds));
    c.lines().forEach(spec.commandLine().getOut()::println);
    return c.served().errors() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
