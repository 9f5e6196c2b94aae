package org.sectordesk.cli;

import org.sectordesk.domain.Period;
import picocli.CommandLine.ArgGroup;

/** Mixes the period options into a command. */
final class PeriodMixin {
  @ArgGroup(exclusive = true, multiplicity = "1", heading = "Period (one of):%n")
  PeriodOptions.Choice choice;

  Period period() {
    PeriodOptions o = new PeriodOptions();
    o.choice = choice;
    return o.period();
  }
}
