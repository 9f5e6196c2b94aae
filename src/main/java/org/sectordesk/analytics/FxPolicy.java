package org.sectordesk.analytics;

import java.util.List;

/**
 * How the desk picks an FX rate: the oldest a value may be before it is flagged, and which source wins
 * when two give a value of the same kind and day (desk.yaml {@code fx: {max_age_days, sources}}).
 *
 * @param maxAgeDays calendar days between the value's day and the day it is used for, beyond which it is stale
 * @param sources    sources in order of preference; a source not listed comes after every listed one
 */
public record FxPolicy(int maxAgeDays, List<String> sources) {
  public static final FxPolicy DEFAULT = new FxPolicy(7, List.of());

  public FxPolicy {
    if (maxAgeDays < 0) {
      throw new IllegalArgumentException("fx max_age_days must not be negative, got " + maxAgeDays);
    }
    sources = List.copyOf(sources);
  }

  int rank(String source) {
    int i = sources.indexOf(source);
    return i < 0 ? sources.size() : i;
  }
}
