package org.sectordesk.analytics;

/** How a period return was obtained; anything but {@code NORMAL} deserves a footnote. */
public enum ReturnStatus {
  /** Last close on or before the end over the last close before the start. */
  NORMAL,
  /** No close before the start (listed during the period): measured from its first close in the period. */
  LISTED_IN_PERIOD,
  /**
   * No trade inside the period although its market traded (suspended: its data goes on after the period), or a
   * recorded delisting before it: the last close carries over, return 0.
   */
  NO_TRADES_IN_PERIOD,
  /**
   * The series ends before the period's last trading day of its market (other names or the benchmark have
   * bars after its last one) and no delisting is recorded: no return, never 0.
   */
  STALE,
  /** No close at all on or before the period end: no return. */
  NO_DATA
}
