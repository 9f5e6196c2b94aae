package org.sectordesk.cli;

import java.util.function.LongConsumer;
import org.sectordesk.desk.MarketImports;
import org.sectordesk.ingest.ImportRequest;
import org.sectordesk.ingest.PriceBasis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bars", mixinStandardHelpOptions = true, description = {"Daily bars of shares and indices: open, high, low, close, adjusted close, volume, currency.",
    "One transaction: a bad row rejects the whole file (exit code 3) and nothing is stored."})
final class ImportBarsCommand extends MarketImportCommand {
  @Option(names = "--price-basis", defaultValue = "auto", paramLabel = "BASIS",
      description = "auto, raw or adjusted: adjusted means every price in the file is adjusted for dividends and splits"
          + " (the raw close is unknown and shows as missing). auto: a Yahoo file without Adj Close is adjusted."
          + " Default: ${DEFAULT-VALUE}")
  String priceBasis;

  @Override
  PriceBasis priceBasis() {
    return PriceBasis.fromCliName(priceBasis);
  }

  @Override
  MarketImports.Outcome run(MarketImports imports, ImportRequest request, LongConsumer progress) {
    return imports.bars(request, progress);
  }
}
