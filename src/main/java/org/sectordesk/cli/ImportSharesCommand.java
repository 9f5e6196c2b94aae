package org.sectordesk.cli;

import java.util.function.LongConsumer;
import org.sectordesk.desk.MarketImports;
import org.sectordesk.ingest.ImportRequest;
import picocli.CommandLine.Command;

@Command(name = "shares", mixinStandardHelpOptions = true, description = {"Shares outstanding or market cap (trading currency): desk CSV code,date,shares|market_cap; Wind long.",
    "One transaction: a bad row rejects the whole file (exit code 3) and nothing is stored."})
final class ImportSharesCommand extends MarketImportCommand {
  @Override
  MarketImports.Outcome run(MarketImports imports, ImportRequest request, LongConsumer progress) {
    return imports.shares(request, progress);
  }
}
