package org.sectordesk.desk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sectordesk.analytics.FxTable;
import org.sectordesk.analytics.MarketReview;
import org.sectordesk.analytics.MonthlyReturns;
import org.sectordesk.analytics.MoverRow;
import org.sectordesk.analytics.Movers;
import org.sectordesk.analytics.PeriodReturn;
import org.sectordesk.analytics.PeriodReturns;
import org.sectordesk.analytics.ValuationStats;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.NotFoundException;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PeriodCloses;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityKind;
import org.sectordesk.domain.ValuationPoint;
import org.sectordesk.domain.WatchList;
import org.sectordesk.store.MarketStore;

/** The market-data use cases: review, movers, index returns and valuation, read from the store. */
public final class MarketDesk {
  private final ReferenceData ref;
  private final MarketStore store;

  public MarketDesk(ReferenceData ref, MarketStore store) {
    this.ref = ref;
    this.store = store;
  }

  public ReferenceData reference() {
    return ref;
  }

  /** The coverage review of a period (seed 000, figure 3). */
  public MarketReview review(Period period) {
    Set<String> codes = new LinkedHashSet<>(ref.coverage());
    codes.addAll(ref.benchmarks().byMarket().values());
    Map<String, PeriodCloses> month = store.periodCloses(codes, period);
    Map<String, PeriodCloses> ytd = store.periodCloses(codes, Period.yearToDate(period.end()));
    Map<String, Capitalisation> caps = capitalisationAtLastClose(month);
    return MarketReview.build(ref, ref.coverageSecurities(), period, month, ytd, caps, fx());
  }

  /** Best and worst names of a scope over a period. */
  public MoversTable movers(MoversScope scope, Period period, int n) {
    List<String> codes = scope.codes(ref);
    Map<String, PeriodCloses> closes = store.periodCloses(codes, period);
    List<PeriodReturn> returns = new ArrayList<>();
    for (String c : codes) {
      PeriodCloses pc = closes.get(c);
      returns.add(PeriodReturns.compute(pc == null ? new PeriodCloses(c, period, null, null, null) : pc));
    }
    Map<String, Capitalisation> caps = capitalisationAtLastClose(closes);
    FxTable fx = fx();
    List<MoverRow> top = MoverRow.of(Movers.top(returns, n), ref.securities(), caps, fx, ref.baseCurrency());
    List<MoverRow> bottom = MoverRow.of(Movers.bottom(returns, n), ref.securities(), caps, fx, ref.baseCurrency());
    long without = returns.stream().filter(r -> !r.hasValue()).count();
    return new MoversTable(scope.label(ref), period, codes.size(), (int) without, top, bottom, returns);
  }

  /** Returns of the given indices (or any securities) over a period, in the given order. */
  public List<PeriodReturn> returns(List<String> codes, Period period) {
    Map<String, PeriodCloses> closes = store.periodCloses(codes, period);
    List<PeriodReturn> out = new ArrayList<>();
    for (String c : codes) {
      ref.require(c);
      PeriodCloses pc = closes.get(c);
      out.add(PeriodReturns.compute(pc == null ? new PeriodCloses(c, period, null, null, null) : pc));
    }
    return out;
  }

  /** Calendar-month returns of an index for the {@code n} months ending with {@code last}. */
  public List<MonthlyReturns.MonthReturn> monthlyReturns(String code, YearMonth last, int n) {
    ref.require(code);
    return MonthlyReturns.lastMonths(store.history(code), last, n);
  }

  /** PE-TTM statistics since inception, as of a day (the latest observation when {@code asOf} is null). */
  public ValuationStats valuation(String code, LocalDate asOf) {
    ref.require(code);
    List<ValuationPoint> series = store.valuation(code);
    if (series.isEmpty()) {
      throw new NotFoundException("no PE-TTM series for " + code
          + " in this workspace (import one: desk import valuation FILE --code " + code + ")");
    }
    LocalDate day = asOf != null ? asOf : series.get(series.size() - 1).date();
    return ValuationStats.of(code, series, day);
  }

  /** The whole PE-TTM series of a code (for the chart). */
  public List<ValuationPoint> valuationSeries(String code) {
    return store.valuation(code);
  }

  private Map<String, Capitalisation> capitalisationAtLastClose(Map<String, PeriodCloses> closes) {
    Map<String, Capitalisation> caps = new HashMap<>();
    closes.forEach((code, pc) -> {
      if (pc.last() != null) {
        store.capitalisationOnOrBefore(code, pc.last().date()).ifPresent(c -> caps.put(code, c));
      }
    });
    return caps;
  }

  private FxTable fx() {
    return FxTable.of(store.fxRates());
  }

  /** Which names a movers table ranks: all stocks of a market, or a watch list. */
  public record MoversScope(Market market, String watchList) {
    public static MoversScope ofMarket(Market m) {
      return new MoversScope(m, null);
    }

    public static MoversScope ofWatchList(String id) {
      return new MoversScope(null, id);
    }

    List<String> codes(ReferenceData ref) {
      if (watchList != null) {
        WatchList w = ref.watchList(watchList).orElseThrow(() -> new NotFoundException(
            "no watch list '" + watchList + "' in this workspace; known: "
                + ref.watchLists().stream().map(WatchList::id).toList()));
        return w.codes();
      }
      List<String> out = new ArrayList<>();
      for (Security s : ref.securities().values()) {
        if (s.kind() == SecurityKind.STOCK && s.market() == market) {
          out.add(s.code());
        }
      }
      if (out.isEmpty()) {
        throw new NotFoundException("the workspace has no " + market + " names");
      }
      return out;
    }

    String label(ReferenceData ref) {
      return watchList != null ? ref.watchList(watchList).map(WatchList::name).orElse(watchList) : market.name();
    }
  }

  /** A movers table: the best and worst {@code n} of a scope, and every return it ranked. */
  public record MoversTable(String scope, Period period, int names, int withoutReturn, List<MoverRow> top,
      List<MoverRow> bottom, List<PeriodReturn> all) {}
}
