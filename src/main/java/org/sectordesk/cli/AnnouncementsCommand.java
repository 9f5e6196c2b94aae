package org.sectordesk.cli;

import org.sectordesk.desk.DataRejectedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.NewsDesk;
import org.sectordesk.desk.view.AnnouncementsView;
import org.sectordesk.domain.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code desk announcements --week DATE}: the week's company announcements, newest first. */
@Command(name = "announcements", mixinStandardHelpOptions = true,
    description = {"Company announcements of a period, newest first.",
        "The weekly report's table (time, code, name, title), restricted to the workspace's watch lists",
        "unless --all. Load them first with: desk announcements import FILE.csv"},
    subcommands = {AnnouncementsCommand.Import.class})
final class AnnouncementsCommand implements Callable<Integer> {
  @ParentCommand DeskCommand root;
  @Spec CommandSpec spec;
  /** Optional here so that {@code announcements import} needs no period; required when listing. */
  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Period (one of):%n")
  PeriodOptions.Choice choice;

  @Option(names = "--all", description = "Every stored announcement, not only the watch lists' names.")
  boolean all;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
  OutputFormat format;

  @Override
  public Integer call() {
    if (choice == null) {
      throw new ParameterException(spec.commandLine(),
          "give the period: --week DATE (or --month, --quarter, --ytd, --from/--to), or use a subcommand: import");
    }
    PeriodOptions options = new PeriodOptions();
    options.choice = choice;
    Period p = options.period();
    AnnouncementsView list;
    try (Desk desk = root.openDeskToRead()) {
      list = desk.announcements(p, all);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> Json.print(out, list);
      case csv -> {
        Csv.line(out, List.of("time", "code", "name", "title", "url"));
        for (AnnouncementsView.Row a : list.announcements()) {
          Csv.line(out, List.of(a.time(), a.code(), a.name(), a.title(), a.url()));
        }
      }
      default -> {
        out.printf("Announcements %s to %s%s: %d%n", p.start(), p.end(), list.watchListsOnly() ? " (watch lists)" : "",
            list.announcements().size());
        TextTable t = new TextTable(List.of("发布时间", "证券代码", "证券名称", "公告标题"));
        for (AnnouncementsView.Row a : list.announcements()) {
          t.row(List.of(a.time(), a.code(), a.name(), a.title()));
        }
        t.print(out);
      }
    }
    return ExitCodes.OK;
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Import a CSV export of an exchange disclosure site.",
          "Columns time, code, name, title, url (or 发布时间, 证券代码, 证券名称, 公告标题, 链接).",
          "All or nothing; re-importing changes nothing."})
  static final class Import implements Callable<Integer> {
    @ParentCommand AnnouncementsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The announcements CSV.")
    Path file;

    @Override
    public Integer call() {
      try (Desk desk = parent.root.openDesk()) {
        NewsDesk.ImportResult r = desk.news().importAnnouncements(file);
        if (!r.ok()) {
          throw DataRejectedException.of("announcements file " + file, r.problems());
        }
        spec.commandLine().getOut().printf("%s: %d announcements read, %d new, %d unchanged%n",
            r.file(), r.read(), r.added(), r.unchanged());
      }
      return ExitCodes.OK;
    }
  }
}
