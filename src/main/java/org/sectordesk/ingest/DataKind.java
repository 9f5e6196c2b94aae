package org.sectordesk.ingest;

import java.util.Locale;

/** What a file holds: daily bars, FX rates, shares outstanding / market cap, or valuation (PE-TTM). */
public enum DataKind {
  BARS, FX, SHARES, VALUATION;

  /** The lower-case name used on the command line ({@code desk import bars}). */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
