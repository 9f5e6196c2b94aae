package org.sectordesk.analytics;

/** How a period return was obtained; anything but {@code NORMAL} deserves a footnote. */
public enum ReturnStatus {
  /** Last close on or before the end over the last close before the start. */
  NORMAL,
  /** No close before the start (listed during the period): measured from its first close in the period. */
  LISTED_IN_PERIOD,
  /** No trade inside the period (suspended, or delisted before it): the last close carries over, return 0. */
  NO_TRADES_IN_PERIOD,
  /** No close at all on or before the period end: no return. */
  NO_DATA
}
