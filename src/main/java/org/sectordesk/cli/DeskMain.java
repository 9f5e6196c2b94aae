package org.sectordesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import org.sectordesk.workspace.WorkspaceException;

/** Entry point of the {@code ./desk} launcher. */
public final class DeskMain {
  private DeskMain() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /** Runs one command line, writing to the given streams; returns the exit code. Tests call this. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The whole command tree. */
  public static CommandLine commandLine() {
    DeskCommand root = new DeskCommand();
    CommandLine cl = new CommandLine(root);
    for (Object sub : Subcommands.all()) {
      cl.addSubcommand(sub);
    }
    cl.setUsageHelpWidth(110);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println("desk: " + message(ex));
      if (root.verbose) {
        ex.printStackTrace(err);
      }
      err.flush();
      return exitCode(ex);
    });
    return cl;
  }

  static String message(Throwable ex) {
    String m = ex.getMessage();
    return m == null ? ex.getClass().getSimpleName() : m;
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof WorkspaceException) {
      return ExitCodes.WORKSPACE;
    }
    if (ex instanceof DataRejectedException || ex instanceof org.sectordesk.desk.ImportRejectedException) {
      return ExitCodes.DATA_PROBLEM;
    }
    if (ex instanceof IllegalArgumentException || ex instanceof java.time.DateTimeException) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.FAILURE;
  }

  /** Every subcommand; each area adds its own here. */
  static final class Subcommands {
    private Subcommands() {}

    static List<Object> all() {
      return List.of(
          new InitCommand(),
          new ImportCommand(),
          new ReviewCommand(),
          new MoversCommand(),
          new IndicesCommand(),
          new ValuationCommand(),
          new EstimatesCommand(),
          new RatingsCommand(),
          new ReportCommand(),
          new BenchCommand(),
          new NewsCommand(),
          new SeriesCommand(),
          new AnnouncementsCommand()
          // further commands are added here, one per line
      );
    }
  }
}
