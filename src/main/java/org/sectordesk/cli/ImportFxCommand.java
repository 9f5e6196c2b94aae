package org.sectordesk.cli;

import java.util.function.LongConsumer;
import org.sectordesk.desk.MarketImports;
import org.sectordesk.ingest.ImportRequest;
import picocli.CommandLine.Command;

@Command(name = "fx", mixinStandardHelpOptions = true, description = {"FX rates (USD/CNY, HKD/CNY …): desk CSV date,base,quote,rate; Yahoo CNY=X; FRED monthly; Wind wide.",
    "One transaction: a bad row rejects the whole file (exit code 3) and nothing is stored."})
final class ImportFxCommand extends MarketImportCommand {
  @Override
  MarketImports.Outcome run(MarketImports imports, ImportRequest request, LongConsumer progress) {
    return imports.fx(request, progress);
  }
}
