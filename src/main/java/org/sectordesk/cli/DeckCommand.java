package org.sectordesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sectordesk.desk.DeckDesk;
import org.sectordesk.report.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code desk report deck}: a thematic deck in PowerPoint and PDF. */
@Command(name = "deck", mixinStandardHelpOptions = true,
    description = {"A thematic deck (16:9): cover, section dividers, content slides with native charts and tables.",
        "Layout: decks/NAME.yaml in the workspace (--layout may be left out when there is one)."})
final class DeckCommand implements Callable<Integer> {
  @ParentCommand
  ReportCommand parent;
  @Spec
  CommandSpec spec;

  @Option(names = "--layout", paramLabel = "NAME", description = "The deck layout decks/NAME.yaml.")
  String layout;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The deck's date: data up to it (estimates beyond it). Default: today.")
  LocalDate date;

  @Option(names = "--format", paramLabel = "LIST", defaultValue = "pptx,pdf",
      description = "pptx, pdf (comma separated). Default: ${DEFAULT-VALUE}")
  String format;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "Folder to write into. Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "Language of labels. Default: ${DEFAULT-VALUE}")
  String lang;

  @Option(names = "--template", paramLabel = "FILE.pptx",
      description = "The house PowerPoint template (.pptx or .potx): its masters and layouts are used.")
  Path template;

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    byte[] tpl = null;
    if (template != null) {
      if (!Files.isRegularFile(template)) {
        throw new IllegalArgumentException("--template " + template + " is not a file");
      }
      try {
        tpl = Files.readAllBytes(template);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read --template " + template, e);
      }
    }
    DeckDesk.Outcome o = DeckDesk.deck(parent.root.workspaceDir, layout, date == null ? LocalDate.now() : date,
        Lang.parse(lang), DeckDesk.DeckFormat.parseList(format), out, tpl);
    PrintWriter w = spec.commandLine().getOut();
    w.printf("%s (%d slides, %d content slides, composed in %d ms)%n", o.deck().title(), o.deck().slides().size() + 1,
        o.deck().contentSlides(), o.composeMillis());
    for (DeckDesk.Written f : o.files()) {
      w.printf("  %-5s %s  (%d ms)%n", f.format().extension(), f.file(), f.millis());
    }
    w.printf("done in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    return ExitCodes.OK;
  }
}
