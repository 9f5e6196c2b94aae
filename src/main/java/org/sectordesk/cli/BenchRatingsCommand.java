package org.sectordesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.sectordesk.desk.bench.RatingsBenchmark;

@Command(name = "ratings", mixinStandardHelpOptions = true,
    description = {"Benchmark: score a book of 100,000 ratings over a synthetic market store.",
        "Generates a deterministic book of ratings over the shares of a synthetic market store, loads the price histories it needs once, then scores the whole book (every",
        "rating and the summaries) repeatedly and prints the median, minimum and maximum of the warm runs.",
        "Uses DIR/market.duckdb, the full market `desk bench market` builds, or with --generate a smaller store."})
final class BenchRatingsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "bench",
      description = "Folder of the benchmark stores (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--ratings", paramLabel = "N", defaultValue = "100000",
      description = "Ratings to generate (default: ${DEFAULT-VALUE}).")
  int ratings;

  @Option(names = "--years", paramLabel = "Y", defaultValue = "3",
      description = "Spread the ratings over the last Y years of the data (default: ${DEFAULT-VALUE}).")
  int years;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "7",
      description = "Measured runs after two warm-ups (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--generate", paramLabel = "SECURITIES",
      description = "Generate (once) and use a smaller synthetic store of this many securities instead of market.duckdb.")
  Integer generate;

  @Option(names = "--generate-years", paramLabel = "Y", defaultValue = "5",
      description = "History length of the generated store (default: ${DEFAULT-VALUE}).")
  int generateYears;

  @Override
  public Integer call() {
    if (ratings < 1 || runs < 1 || years < 1) {
      throw new IllegalArgumentException("--ratings, --runs and --years must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    RatingsBenchmark.Result r = RatingsBenchmark.runOnDirectory(dir, generate, generateYears, ratings, years, 2, runs,
        line -> {
          out.println(line);
          out.flush();
        });
    out.printf("ratings scored      %,d on %,d names, %s..%s (%,d bars loaded)%n", r.ratings(), r.names(), r.from(), r.to(),
        r.bars());
    out.printf("statuses            %s%n", r.statuses());
    out.printf("load histories      %.0f ms (once)%n", r.loadMs());
    out.printf("score book, warm    median %.0f ms, min %.0f ms, max %.0f ms over %d runs (target < 2000 ms)%n",
        r.medianMs(), r.minMs(), r.maxMs(), r.warmRuns());
    out.flush();
    return ExitCodes.OK;
  }
}
