package org.sectordesk.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import org.sectordesk.domain.Period;
import picocli.CommandLine.Option;

/** The window of a news command: a month, a Monday-to-Friday week, or two dates. */
final class NewsPeriodOptions {
  @Option(names = "--month", paramLabel = "YYYY-MM", description = "A calendar month, e.g. 2025-11.")
  YearMonth month;

  @Option(names = "--week", paramLabel = "DATE", description = "The Monday-to-Friday week containing DATE, e.g. 2024-09-02.")
  LocalDate week;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (with --to).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (with --from).")
  LocalDate to;

  Period period() {
    int given = (month != null ? 1 : 0) + (week != null ? 1 : 0) + (from != null || to != null ? 1 : 0);
    if (given != 1) {
      throw new IllegalArgumentException("give exactly one of --month YYYY-MM, --week DATE or --from DATE --to DATE");
    }
    if (month != null) {
      return Period.month(month);
    }
    if (week != null) {
      return Period.week(week);
    }
    if (from == null || to == null) {
      throw new IllegalArgumentException("--from and --to go together");
    }
    return Period.custom(from, to);
  }
}
