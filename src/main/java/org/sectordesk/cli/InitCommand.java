package org.sectordesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.sectordesk.desk.WorkspaceSetup;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Create a workspace: desk.yaml (coverage, watch lists, benchmarks, FX base) and an empty database.",
        "With --sample, fill it with the bundled SAMPLE data (synthetic prices calibrated to published figures)."})
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Folder to create (must not hold a workspace yet).")
  Path dir;

  @Option(names = "--sample", description = "Fill the workspace with the sample coverage, watch lists and data.")
  boolean sample;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    WorkspaceSetup.Result r = WorkspaceSetup.init(dir, sample, out::println);
    out.println(r.summary());
    return ExitCodes.OK;
  }
}
