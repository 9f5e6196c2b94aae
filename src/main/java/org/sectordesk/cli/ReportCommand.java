package org.sectordesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sectordesk.desk.ReportDesk;
import org.sectordesk.desk.ReportFormat;
import org.sectordesk.report.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code desk report monthly|weekly}: the report documents in Word, PDF, HTML, Markdown and Excel. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write the monthly strategy or the weekly report from the workspace's data, layout and texts.",
        "Layout: layouts/monthly.yaml or layouts/weekly.yaml in the workspace (built-in ones otherwise);",
        "house name, source line, colours and disclaimer: house.yaml; the analyst's views: texts/*.md."},
    subcommands = {ReportCommand.Monthly.class, ReportCommand.Weekly.class, DeckCommand.class})
final class ReportCommand {
  @ParentCommand
  DeskCommand root;

  /** Options shared by both reports. */
  static final class Output {
    @Option(names = "--format", paramLabel = "LIST", defaultValue = "docx,pdf,html,md,xlsx",
        description = "Comma-separated formats: docx, pdf, html, md, xlsx (or all). Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
        description = "Folder to write into (created if needed). Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
        description = "Language of labels, captions and generated sentences. Default: ${DEFAULT-VALUE}")
    String lang;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
        description = "The report's date. Default: the first weekday after the period (monthly), the Sunday after the week (weekly).")
    LocalDate date;

    @Option(names = "--strict",
        description = "Refuse to write the report when a series it shows ends before the period's last trading day.")
    boolean strict;

    ReportDesk.Options options() {
      return new ReportDesk.Options(date, strict);
    }

    @Option(names = "--template", paramLabel = "FILE.docx",
        description = "The house's Word template: its styles, header, footer and logo are kept, its body replaced.")
    Path template;

    byte[] template() {
      if (template == null) {
        return null;
      }
      if (!Files.isRegularFile(template)) {
        throw new IllegalArgumentException("--template " + template + " is not a file");
      }
      try {
        return Files.readAllBytes(template);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read --template " + template, e);
      }
    }
  }

  static void print(PrintWriter out, PrintWriter err, ReportDesk.Outcome o, long totalMillis) {
    out.printf("%s (%d figures and tables, composed in %d ms)%n", o.report().title(), o.report().numberedItems().size(),
        o.composeMillis());
    for (ReportDesk.Written w : o.files()) {
      out.printf("  %-5s %s  (%d ms)%n", w.format().extension(), w.file(), w.millis());
    }
    out.printf("done in %d ms%n", totalMillis);
    o.dataNotes().forEach(err::println);
    if (!o.missing().isEmpty()) {
      err.println("note: the workspace has no " + String.join(", ", o.missing())
          + " data; those sections say so in the report.");
    }
  }

  @Command(name = "monthly", mixinStandardHelpOptions = true,
      description = "The monthly sector strategy reviewing one month (title names the following month).")
  static final class Monthly implements Callable<Integer> {
    @ParentCommand
    ReportCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month under review, e.g. 2024-11.")
    YearMonth month;
    @Mixin
    Output output;

    @Override
    public Integer call() {
      long t0 = System.nanoTime();
      Set<ReportFormat> formats = ReportFormat.parseList(output.format);
      Lang lang = Lang.parse(output.lang);
      ReportDesk.Outcome o = ReportDesk.monthly(parent.root.workspaceDir, month, lang, formats, output.out, output.template(),
          output.options());
      print(spec.commandLine().getOut(), spec.commandLine().getErr(), o, (System.nanoTime() - t0) / 1_000_000);
      return ExitCodes.OK;
    }
  }

  @Command(name = "weekly", mixinStandardHelpOptions = true,
      description = "The weekly report of the Monday-to-Friday week holding a day.")
  static final class Weekly implements Callable<Integer> {
    @ParentCommand
    ReportCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--week", required = true, paramLabel = "YYYY-MM-DD", description = "Any day of the week, e.g. 2024-09-02.")
    LocalDate week;
    @Mixin
    Output output;

    @Override
    public Integer call() {
      long t0 = System.nanoTime();
      Set<ReportFormat> formats = ReportFormat.parseList(output.format);
      Lang lang = Lang.parse(output.lang);
      ReportDesk.Outcome o = ReportDesk.weekly(parent.root.workspaceDir, week, lang, formats, output.out, output.template(),
          output.options());
      print(spec.commandLine().getOut(), spec.commandLine().getErr(), o, (System.nanoTime() - t0) / 1_000_000);
      return ExitCodes.OK;
    }
  }
}
