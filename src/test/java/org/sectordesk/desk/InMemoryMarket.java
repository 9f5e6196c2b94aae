package org.sectordesk.desk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.sectordesk.store.MarketStore;
import org.sectordesk.store.WriteSummary;

/** A market store held in memory for composer tests: hand-made closes, caps, FX and PE series. */
final class InMemoryMarket implements MarketStore {
  final Map<String, PriceHistory> histories = new LinkedHashMap<>();
  final Map<String, Capitalisation> caps = new HashMap<>();
  final List<FxRate> fx = new ArrayList<>();
  final Map<String, List<ValuationPoint>> valuation = new HashMap<>();

  /** Weekday closes from {@code from} to {@code to}: start level, a daily drift and a wave. */
  void series(String code, LocalDate from, LocalDate to, double start, double drift, double wave) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(d);
      }
    }
    LocalDate[] ds = days.toArray(new LocalDate[0]);
    double[] c = new double[ds.length];
    for (int i = 0; i < ds.length; i++) {
      c[i] = Math.round(start * (1 + drift * i + wave * Math.sin(i / 9.0 + code.length())) * 100) / 100.0;
    }
    histories.put(code, PriceHistory.of(code, ds, c, c.clone()));
  }

  @Override
  public WriteSummary writeBars(List<Bar> bars) {
    throw new UnsupportedOperationException("read-only test market");
  }

  @Override
  public WriteSummary writeFx(List<FxRate> rates) {
    throw new UnsupportedOperationException("read-only test market");
  }

  @Override
  public WriteSummary writeCapitalisation(List<Capitalisation> points) {
    throw new UnsupportedOperationException("read-only test market");
  }

  @Override
  public WriteSummary writeValuation(List<ValuationPoint> points) {
    throw new UnsupportedOperationException("read-only test market");
  }

  @Override
  public PriceHistory history(String code) {
    return histories.getOrDefault(code, PriceHistory.empty(code));
  }

  @Override
  public Map<String, PriceHistory> histories(Collection<String> codes, LocalDate from, LocalDate to) {
    Map<String, PriceHistory> out = new LinkedHashMap<>();
    codes.forEach(c -> out.put(c, history(c).isEmpty() ? history(c) : history(c).between(from, to)));
    return out;
  }

  @Override
  public Map<String, PeriodCloses> periodCloses(Collection<String> codes, Period period) {
    Map<String, PeriodCloses> out = new LinkedHashMap<>();
    for (String c : codes == null ? histories.keySet() : codes) {
      if (histories.containsKey(c)) {
        out.put(c, PeriodCloses.of(histories.get(c), period));
      }
    }
    return out;
  }

  @Override
  public Map<String, SeriesSpan> barSpans(Collection<String> codes) {
    Map<String, SeriesSpan> out = new LinkedHashMap<>();
    for (String c : codes == null ? histories.keySet() : codes) {
      PriceHistory h = histories.get(c);
      if (h != null && !h.isEmpty()) {
        out.put(c, new SeriesSpan(c, h.firstDate(), h.lastDate(), h.size()));
      }
    }
    return out;
  }

  @Override
  public Map<String, LocalDate> lastBarDates(LocalDate from, LocalDate to) {
    Map<String, LocalDate> out = new LinkedHashMap<>();
    histories.forEach((c, h) -> {
      PriceHistory part = h.between(from, to);
      if (!part.isEmpty()) {
        out.put(c, part.lastDate());
      }
    });
    return out;
  }

  @Override
  public List<FxRate> fxRates() {
    return fx;
  }

  @Override
  public Optional<Capitalisation> capitalisationOnOrBefore(String code, LocalDate day) {
    return Optional.ofNullable(caps.get(code)).filter(c -> !c.date().isAfter(day));
  }

  @Override
  public List<ValuationPoint> valuation(String code) {
    return valuation.getOrDefault(code, List.of());
  }

  @Override
  public List<String> codesWithBars() {
    return List.copyOf(histories.keySet());
  }

  @Override
  public long barCount() {
    return histories.values().stream().mapToLong(PriceHistory::size).sum();
  }
}
