package org.sectordesk.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.SeriesSpan;
import org.sectordesk.domain.ValuationPoint;

/**
 * Market data of a workspace: daily bars, FX, shares / market cap and valuation series.
 *
 * <p>Every {@code write…} call is one transaction: all rows are stored or none. A row whose key
 * (code and date; pair and date for FX) is already stored replaces the stored row.
 */
public interface MarketStore {

  WriteSummary writeBars(List<Bar> bars);

  WriteSummary writeFx(List<FxRate> rates);

  WriteSummary writeCapitalisation(List<Capitalisation> points);

  WriteSummary writeValuation(List<ValuationPoint> points);

  /** Every stored bar of one security, as closes. */
  PriceHistory history(String code);

  /** Closes of several securities between two dates, both inclusive; codes without bars map to empty histories. */
  Map<String, PriceHistory> histories(Collection<String> codes, LocalDate from, LocalDate to);

  /**
   * For each code: the last close strictly before the period start, the first close inside the period
   * and the last close on or before its end (each {@code null} when there is none). With a list, every
   * requested code is in the map (all fields {@code null} for a code without bars); with {@code null},
   * every code that has a bar on or before the period end.
   */
  Map<String, PeriodCloses> periodCloses(Collection<String> codes, Period period);

  /** First and last day and row count of each code's bars (every code with bars when {@code codes} is null). */
  Map<String, SeriesSpan> barSpans(Collection<String> codes);

  /** For every code with a bar between two days (both inclusive), its last such day. */
  Map<String, LocalDate> lastBarDates(LocalDate from, LocalDate to);

  /** Every stored FX rate (a few thousand rows at most). */
  List<FxRate> fxRates();

  /** The latest shares / market cap observation on or before a day. */
  Optional<Capitalisation> capitalisationOnOrBefore(String code, LocalDate day);

  /**
   * For each code, the latest shares / market cap observation on or before its day; codes without one are
   * absent. A store answers it in one read.
   */
  default Map<String, Capitalisation> capitalisationOnOrBefore(Map<String, LocalDate> days) {
    Map<String, Capitalisation> out = new java.util.LinkedHashMap<>();
    days.forEach((code, day) -> capitalisationOnOrBefore(code, day).ifPresent(c -> out.put(code, c)));
    return out;
  }

  /** The whole valuation series of a code, in date order. */
  List<ValuationPoint> valuation(String code);

  /** Codes that have at least one bar. */
  List<String> codesWithBars();

  /** Number of stored bars (all securities). */
  long barCount();
}
