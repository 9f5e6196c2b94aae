package org.sectordesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import org.sectordesk.desk.Failure;

/** Entry point of the {@code ./desk} launcher. */
public final class DeskMain {
  private DeskMain() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /** Runs one command line, writing to the given streams; returns the exit code. Tests call this. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine(args);
    PrintWriter safeOut = SafeText.of(out);
    PrintWriter safeErr = SafeText.of(err);
    cl.setOut(safeOut);
    cl.setErr(safeErr);
    try {
      return cl.execute(args);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  /** The whole command tree. */
  public static CommandLine commandLine() {
    return tree(Subcommands.ALL.keySet().toArray(String[]::new));
  }

  /**
   * The part of the tree a command line needs. picocli builds each command's model by reflection when it is
   * added, which cost a quarter of a CPU-second for the whole tree: a line naming a command gets only that
   * command; {@code --version} alone gets the root; anything else (usage, {@code help}, an unknown or
   * misspelt command) the whole tree, so that help lists every command and picocli can suggest the nearest.
   */
  public static CommandLine commandLine(String... args) {
    String named = Subcommands.named(args);
    if (named != null && !named.equals("help") && Subcommands.ALL.containsKey(named)) {
      return tree(named);
    }
    if (named == null && (List.of(args).contains("--version") || List.of(args).contains("-V"))) {
      return tree();
    }
    return commandLine();
  }

  private static CommandLine tree(String... names) {
    DeskCommand root = new DeskCommand();
    CommandLine cl = new CommandLine(root);
    for (String name : names) {
      cl.addSubcommand(Subcommands.ALL.get(name).get());
    }
    OptionErrors.install(cl);
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

  /** The most characters of one line of an error message: a bad value echoed in full could be megabytes. */
  static final int MAX_LINE = 1000;

  static String message(Throwable ex) {
    String m = ex.getMessage();
    if (m == null) {
      return ex.getClass().getSimpleName();
    }
    StringBuilder b = new StringBuilder();
    m.lines().forEach(line -> {
      if (b.length() > 0) {
        b.append(System.lineSeparator());
      }
      b.append(line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "… (" + line.length() + " characters)");
    });
    return b.toString();
  }

  /** The exit code of a failure: {@link Failure} maps every kind of failure in one place. */
  static int exitCode(Throwable ex) {
    return Failure.of(ex).exitCode();
  }

  /** Every subcommand by its name, made only when a command line needs it; each area adds its own here. */
  static final class Subcommands {
    private Subcommands() {}

    static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
      ALL.put("init", InitCommand::new);
      ALL.put("import", ImportCommand::new);
      ALL.put("review", ReviewCommand::new);
      ALL.put("movers", MoversCommand::new);
      ALL.put("indices", IndicesCommand::new);
      ALL.put("valuation", ValuationCommand::new);
      ALL.put("estimates", EstimatesCommand::new);
      ALL.put("ratings", RatingsCommand::new);
      ALL.put("report", ReportCommand::new);
      ALL.put("bench", BenchCommand::new);
      ALL.put("news", NewsCommand::new);
      ALL.put("series", SeriesCommand::new);
      ALL.put("announcements", AnnouncementsCommand::new);
      ALL.put("serve", ServeCommand::new);
      ALL.put("status", StatusCommand::new);
      // further commands are added here, one per line
    }

    /** The first word of a command line that is neither an option nor the workspace option's value. */
    static String named(String... args) {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("-w") || a.equals("--workspace")) {
          i++;
        } else if (!a.startsWith("-")) {
          return a;
        }
      }
      return null;
    }
  }
}
