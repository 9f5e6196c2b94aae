package org.sectordesk.desk.view;

import java.time.LocalDate;
import org.sectordesk.domain.Period;

/** A period as the JSON contract prints it: {@code {"start": …, "end": …}}, start first. */
public record PeriodView(LocalDate start, LocalDate end) {
  public static PeriodView of(Period p) {
    return new PeriodView(p.start(), p.end());
  }
}
