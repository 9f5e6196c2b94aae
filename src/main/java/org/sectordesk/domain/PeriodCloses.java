package org.sectordesk.domain;

import java.util.Objects;

/**
 * What a period return needs from a price history: the last close before the period starts, the
 * first close inside it (for names listed mid-period) and the last close on or before its end.
 * Each is {@code null} when the history has none.
 */
public record PeriodCloses(String code, Period period, DatedClose before, DatedClose first, DatedClose last) {
  public PeriodCloses {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(period, "period");
  }

  /** Cut from a full history. */
  public static PeriodCloses of(PriceHistory h, Period p) {
    int b = h.indexBefore(p.start());
    int l = h.indexOnOrBefore(p.end());
    int f = b + 1;
    DatedClose before = b >= 0 ? new DatedClose(h.date(b), h.close(b), h.adjClose(b)) : null;
    DatedClose last = l >= 0 ? new DatedClose(h.date(l), h.close(l), h.adjClose(l)) : null;
    DatedClose first = f < h.size() && !h.date(f).isAfter(p.end())
        ? new DatedClose(h.date(f), h.close(f), h.adjClose(f)) : null;
    return new PeriodCloses(h.code(), p, before, first, last);
  }
}
