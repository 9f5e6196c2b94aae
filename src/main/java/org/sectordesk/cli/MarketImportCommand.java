package org.sectordesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.MarketImports;
import org.sectordesk.ingest.ImportRequest;
import org.sectordesk.ingest.Layout;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The options and flow shared by {@code import bars|fx|shares|valuation}. */
abstract class MarketImportCommand implements Callable<Integer> {
  /** Files above this size get a progress bar on standard error. */
  private static final long PROGRESS_BYTES = 8L << 20;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file (.csv, .txt or .xlsx).")
  Path file;

  @Option(names = "--layout", defaultValue = "auto", paramLabel = "LAYOUT",
      description = "auto, desk, yahoo, investing, csindex, wind-long, wind-wide, fred, shiller. Default: ${DEFAULT-VALUE}")
  String layout;

  @Option(names = "--code", paramLabel = "CODE",
      description = "The workspace code of the one security the file holds (files without a code column).")
  String code;

  @Option(names = "--sheet", paramLabel = "NAME", description = "Sheet of a workbook. Default: the first.")
  String sheet;

  /** What the file's prices are; only bar imports say. */
  org.sectordesk.ingest.PriceBasis priceBasis() {
    return org.sectordesk.ingest.PriceBasis.AUTO;
  }

  abstract MarketImports.Outcome run(MarketImports imports, ImportRequest request, LongConsumer progress);

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    DeskCommand root = (DeskCommand) spec.root().userObject();
    ImportRequest request = new ImportRequest(file, Layout.fromCliName(layout), code, sheet, priceBasis());
    try (Desk desk = root.openDesk()) {
      MarketImports.Outcome outcome;
      // the bar shows bytes read; a bulk load through DuckDB's own reader shows its elapsed time
      try (ProgressBar bar = progressBar()) {
        outcome = run(desk.imports(), request, bar == null ? null : bar::stepTo);
        if (bar != null) {
          bar.stepTo(bar.getMax());
        }
      }
      var out = spec.commandLine().getOut();
      out.println(outcome.describe());
      outcome.notes().forEach(n -> out.println("  note: " + n));
      out.flush();
      return ExitCodes.OK;
    }
  }

  private ProgressBar progressBar() {
    try {
      long size = Files.size(file);
      if (size < PROGRESS_BYTES) {
        return null;
      }
      return new ProgressBarBuilder().setTaskName("reading " + file.getFileName()).setInitialMax(size)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).setConsumer(
              new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    } catch (IOException e) {
      return null;
    }
  }
}
