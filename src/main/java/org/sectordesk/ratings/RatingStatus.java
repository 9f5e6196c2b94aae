package org.sectordesk.ratings;

import java.util.Locale;

/** Where a rating stands in the book. */
public enum RatingStatus {
  /** Its horizon has passed while it held: judged on the full horizon. */
  SCORED,
  /** Its horizon lies beyond the data or the as-of date: shows how it stands today, no verdict yet. */
  PENDING,
  /** Replaced by a later rating on the same name before its horizon: judged up to the replacement date. */
  SUPERSEDED,
  /** The name was delisted (desk.yaml {@code delisted:}) before the horizon: judged up to its last close. */
  DELISTED,
  /**
   * The name's data ends before the benchmark's last close up to the evaluation end and no delisting is recorded:
   * no score, no verdict, left out of every aggregate but counted.
   */
  STALE;

  /** The name used in JSON and CSV output: {@code scored}, {@code pending} … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when the rating has a verdict (everything but pending and stale). */
  public boolean judged() {
    return this != PENDING && this != STALE;
  }
}
