package org.sectordesk.ingest;

import java.util.Locale;

/** What a file holds: daily bars, FX rates, shares outstanding / market cap, or valuation (PE-TTM). */
public enum DataKind {
  BARS, FX, SHARES, VALUATION;

  /** The lower-case name used on the command line ({@code desk import bars}). */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind for a command-line name ({@code bars}, {@code fx}, {@code shares}, {@code valuation}). */
  public static DataKind fromCliName(String name) {
    for (DataKind k : values()) {
      if (k.cliName().equalsIgnoreCase(name.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown kind of data '" + name + "': expected bars, fx, shares or valuation");
  }
}
