package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A security's close on a given trading day: the raw close to show and the adjusted close to compute with. */
public record DatedClose(LocalDate date, double close, double adjClose) {
  public DatedClose {
    Objects.requireNonNull(date, "date");
  }
}
