package org.sectordesk.cli;

import org.sectordesk.desk.DataRejectedException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sectordesk.desk.BookImportResult;
import org.sectordesk.desk.Desk;
import org.sectordesk.ingest.SeriesFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "series", mixinStandardHelpOptions = true,
    description = {"Metric series: company and industry KPIs, macro statistics, estimates (CSV or workbook).",
        "long: columns entity,metric,period,value,unit,source (optional currency, estimate); one point per row.",
        "wide: a Wind EDB / iFinD export, periods down the first column (label rows 指标名称, 单位, 频率, 来源 above)",
        "  or across the first row (label columns before them), one column or row per series.",
        "Periods: 2024-10, 2024Q3, 2025, 2026E (an estimate), 2024-10-31. Metrics must be in metrics.yaml.",
        "All points are stored or none; re-importing changes nothing; a corrected file replaces only its points."})
final class ImportSeriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The CSV or workbook file.")
  Path file;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "auto",
      description = "long, wide or auto (default: ${DEFAULT-VALUE}: long when the header names entity, metric, period, value).")
  String layout;

  @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of a workbook (default: the first).")
  String sheet;

  @Override
  public Integer call() {
    SeriesFiles.SeriesLayout l = switch (layout.toLowerCase(Locale.ROOT)) {
      case "long" -> SeriesFiles.SeriesLayout.LONG;
      case "wide" -> SeriesFiles.SeriesLayout.WIDE;
      case "auto" -> SeriesFiles.SeriesLayout.AUTO;
      default -> throw new IllegalArgumentException("--layout must be long, wide or auto, got '" + layout + "'");
    };
    DeskCommand root = (DeskCommand) spec.root().userObject();
    try (Desk desk = root.openDesk()) {
      BookImportResult r = desk.series().importFile(file, l, sheet);
      if (r.rejected()) {
        throw DataRejectedException.of(file.getFileName().toString(), r.problems());
      }
      spec.commandLine().getOut().println(r.summary());
      return ExitCodes.OK;
    }
  }
}
