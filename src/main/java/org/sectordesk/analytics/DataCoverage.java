package org.sectordesk.analytics;

import java.time.LocalDate;
import java.util.Map;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SeriesSpan;
import org.sectordesk.domain.TradingEvidence;

/**
 * How far each series reaches and when each market last traded in a period: what decides whether a
 * return is a number, a suspension or stale.
 */
public record DataCoverage(Map<String, SeriesSpan> spans, TradingEvidence evidence) {
  public DataCoverage {
    spans = Map.copyOf(spans);
  }

  /** The period return of a security under this coverage. */
  public PeriodReturn periodReturn(Security s, PeriodCloses closes) {
    return periodReturn(s.code(), s.market(), s.delisted(), closes);
  }

  public PeriodReturn periodReturn(String code, Market market, LocalDate delisted, PeriodCloses closes) {
    PeriodCloses c = closes != null ? closes : new PeriodCloses(code, evidence.period(), null, null, null);
    SeriesSpan span = spans.get(code);
    return PeriodReturns.compute(c, span == null ? null : span.last(),
        evidence.lastTradingDay(market).orElse(null), delisted);
  }

  /** The last day of a series, or {@code null} when it has no data. */
  public LocalDate dataThrough(String code) {
    SeriesSpan s = spans.get(code);
    return s == null ? null : s.last();
  }
}
