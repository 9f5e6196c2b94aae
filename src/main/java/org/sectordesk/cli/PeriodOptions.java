package org.sectordesk.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import org.sectordesk.domain.Period;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The period options shared by the analytic commands: one of --month, --week, --quarter, --ytd, --from/--to. */
final class PeriodOptions {
  Choice choice;

  static final class Choice {
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "A calendar month, e.g. 2024-11.")
    YearMonth month;

    @Option(names = "--week", paramLabel = "DATE", description = "The Monday-to-Friday week containing DATE, e.g. 2024-09-02.")
    LocalDate week;

    @Option(names = "--quarter", paramLabel = "YYYY-Qn", description = "A calendar quarter, e.g. 2024-Q4.")
    String quarter;

    @Option(names = "--ytd", paramLabel = "DATE", description = "Year to date, ending on DATE.")
    LocalDate ytd;

    @ArgGroup(exclusive = false)
    Range range;
  }

  static final class Range {
    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of a custom period.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of a custom period.")
    LocalDate to;
  }

  Period period() {
    if (choice.month != null) {
      return Period.month(choice.month);
    }
    if (choice.week != null) {
      return Period.week(choice.week);
    }
    if (choice.quarter != null) {
      String q = choice.quarter.trim().toUpperCase();
      if (!q.matches("\\d{4}-Q[1-4]")) {
        throw new IllegalArgumentException("--quarter must look like 2024-Q4, got '" + choice.quarter + "'");
      }
      return Period.quarter(Integer.parseInt(q.substring(0, 4)), q.charAt(6) - '0');
    }
    if (choice.ytd != null) {
      return Period.yearToDate(choice.ytd);
    }
    return Period.custom(choice.range.from, choice.range.to);
  }
}
