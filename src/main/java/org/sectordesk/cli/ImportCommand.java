package org.sectordesk.cli;

import picocli.CommandLine.Command;

/** {@code desk import KIND FILE}: the parent of every importer. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import a file into the workspace (market data, estimates, ratings, metric series).",
        "Every import is one transaction: a bad row aborts it with an error naming file, line (or sheet!cell)",
        "and field, and the workspace is left as it was.",
        "Re-importing the same file changes nothing; a corrected file replaces the overlapping rows."},
    subcommands = {
        ImportBarsCommand.class,
        ImportFxCommand.class,
        ImportSharesCommand.class,
        ImportValuationCommand.class,
        ImportEstimatesCommand.class,
        ImportRatingsCommand.class,
        ImportSeriesCommand.class,
        // one line per kind of import
    })
final class ImportCommand {
}
