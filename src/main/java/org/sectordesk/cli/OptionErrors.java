package org.sectordesk.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad command lines in the analyst's words: one line saying what an option takes ({@code --month takes YYYY-MM,
 * e.g. 2024-11 (got '2024-13')}), never a Java exception or the whole usage. Every option type the commands
 * use has a converter here whose message is the expected form; the handler adds the option's name.
 */
final class OptionErrors {
  private OptionErrors() {}

  /** Installs the converters and the handler on a command tree (after its subcommands are added). */
  static void install(CommandLine cl) {
    cl.registerConverter(YearMonth.class, s -> parse(s, YearMonth::parse, "YYYY-MM, e.g. 2024-11"));
    cl.registerConverter(LocalDate.class, s -> parse(s, LocalDate::parse, "a date YYYY-MM-DD, e.g. 2024-11-29"));
    cl.registerConverter(Integer.class, s -> parse(s.strip(), Integer::valueOf, "a whole number, e.g. 10"));
    cl.registerConverter(Integer.TYPE, s -> parse(s.strip(), Integer::valueOf, "a whole number, e.g. 10"));
    cl.registerConverter(Long.class, s -> parse(s.strip(), Long::valueOf, "a whole number, e.g. 20241129"));
    cl.registerConverter(Long.TYPE, s -> parse(s.strip(), Long::valueOf, "a whole number, e.g. 20241129"));
    cl.registerConverter(Double.class, s -> parse(s.strip(), Double::valueOf, "a number, e.g. 1.5"));
    cl.registerConverter(Double.TYPE, s -> parse(s.strip(), Double::valueOf, "a number, e.g. 1.5"));
    cl.registerConverter(Path.class, s -> parse(s, Path::of, "a file or folder name"));
    cl.setParameterExceptionHandler(OptionErrors::handle);
  }

  private interface Parser<T> {
    T parse(String s);
  }

  private static <T> T parse(String s, Parser<T> parser, String expected) {
    try {
      return parser.parse(s);
    } catch (DateTimeParseException | NumberFormatException | InvalidPathException e) {
      throw new TypeConversionException(expected);
    }
  }

  /** Prints the one line and returns the usage exit code. */
  static int handle(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("desk: " + line(ex) + "; see: " + cl.getCommandSpec().qualifiedName() + " --help");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** What was wrong and what is expected, in one line. */
  static String line(ParameterException ex) {
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null && arg.type().isEnum()) {
      String choices = Arrays.stream(arg.type().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
      return name(arg) + " takes one of " + choices + " (got '" + ex.getValue() + "')";
    }
    if (ex.getCause() instanceof TypeConversionException tce && arg != null) {
      return name(arg) + " takes " + tce.getMessage() + " (got '" + ex.getValue() + "')";
    }
    if (ex instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      List<String> suggestions = u.getSuggestions();
      String did = suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
      if (first.startsWith("-")) {
        return "unknown option '" + first + "'" + did;
      }
      boolean takesCommands = !u.getCommandLine().getSubcommands().isEmpty();
      return (takesCommands ? "unknown command '" : "unexpected argument '") + first + "'" + did;
    }
    String m = ex.getMessage() == null ? "bad command line" : ex.getMessage().strip();
    m = m.replaceFirst("^Error: ", "");
    return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.longestName();
    }
    if (arg instanceof PositionalParamSpec p) {
      return p.paramLabel();
    }
    return arg.paramLabel();
  }
}
