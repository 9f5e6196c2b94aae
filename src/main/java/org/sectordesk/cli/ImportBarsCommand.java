package org.sectordesk.cli;

import java.util.function.LongConsumer;
import org.sectordesk.desk.MarketImports;
import org.sectordesk.ingest.ImportRequest;
import picocli.CommandLine.Command;

@Command(name = "bars", mixinStandardHelpOptions = true, description = {"Daily bars of shares and indices: open, high, low, close, adjusted close, volume, currency.",
    "One transaction: a bad row rejects the whole file (exit code 3) and nothing is stored."})
final class ImportBarsCommand extends MarketImportCommand {
  @Override
  MarketImports.Outcome run(MarketImports imports, ImportRequest request, LongConsumer progress) {
    return imports.bars(request, progress);
  }
}
