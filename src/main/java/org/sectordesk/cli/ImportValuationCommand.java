package org.sectordesk.cli;

import java.util.function.LongConsumer;
import org.sectordesk.desk.MarketImports;
import org.sectordesk.ingest.ImportRequest;
import picocli.CommandLine.Command;

@Command(name = "valuation", mixinStandardHelpOptions = true, description = {"Index PE-TTM series: desk CSV code,date,pe_ttm; csindex (pe column); Shiller monthly (price / trailing earnings).",
    "One transaction: a bad row rejects the whole file (exit code 3) and nothing is stored."})
final class ImportValuationCommand extends MarketImportCommand {
  @Override
  MarketImports.Outcome run(MarketImports imports, ImportRequest request, LongConsumer progress) {
    return imports.valuation(request, progress);
  }
}
