package org.sectordesk.desk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sectordesk.analytics.DataCoverage;
import org.sectordesk.analytics.FxPolicy;
import org.sectordesk.analytics.FxTable;
import org.sectordesk.analytics.MarketReview;
import org.sectordesk.analytics.MonthlyReturns;
import org.sectordesk.analytics.MoverRow;
import org.sectordesk.analytics.Movers;
import org.sectordesk.analytics.PeriodReturn;
import org.sectordesk.analytics.PeriodReturns;
import org.sectordesk.analytics.ValuationStats;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.Conventions;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.SeriesSpan;
import org.sectordesk.domain.TradingEvidence;
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
  private final FxPolicy fxPolicy;
  private final Conventions conventions;
  /** Each period's trading evidence, read once: a report asks for the same months of several indices. */
  private final Map<Period, TradingEvidence> evidence = new java.util.concurrent.ConcurrentHashMap<>();

  public MarketDesk(ReferenceData ref, MarketStore store) {
    this(ref, store, FxPolicy.DEFAULT, Conventions.DEFAULT);
  }

  public MarketDesk(ReferenceData ref, MarketStore store, FxPolicy fxPolicy, Conventions conventions) {
    this.ref = ref;
    this.store = store;
    this.fxPolicy = fxPolicy;
    this.conventions = conventions.over(Conventions.DEFAULT);
  }

  public Conventions conventions() {
    return conventions;
  }

  public ReferenceData reference() {
    return ref;
  }

  /** The coverage review of a period (seed 000, figure 3) under the workspace's conventions. */
  public MarketReview review(Period period) {
    return review(period, Conventions.NONE, null);
  }

  /**
   * The coverage review under the workspace's conventions with {@code overrides} laid over them.
   *
   * @param reportDate the report's date (for {@code close_as_of: report_date}); null: the first weekday after the period
   */
  public MarketReview review(Period period, Conventions overrides, LocalDate reportDate) {
    Conventions conv = overrides.over(conventions);
    LocalDate ytdBase = conv.ytdBaseDate();
    Period ytdPeriod = MarketReview.ytdPeriod(period.end(), ytdBase);
    LocalDate closeDay = conv.closeDay(period.end(), reportDate != null ? reportDate : period.firstWeekdayAfter());
    Set<String> codes = new LinkedHashSet<>(ref.coverage());
    codes.addAll(ref.benchmarks().byMarket().values());
    Map<String, PeriodCloses> month = store.periodCloses(codes, period);
    Map<String, PeriodCloses> ytd = store.periodCloses(codes, ytdPeriod);
    Map<String, PeriodCloses> shown = closeDay.equals(period.end()) ? month
        : store.periodCloses(codes, Period.custom(closeDay, closeDay));
    Map<String, Capitalisation> caps = capitalisationAtLastClose(shown);
    Map<String, SeriesSpan> spans = store.barSpans(codes);
    return MarketReview.build(ref, ref.coverageSecurities(), period, month, ytd, shown, caps, fx(),
        new DataCoverage(spans, evidence(period)), new DataCoverage(spans, evidence(ytdPeriod)),
        ytdPeriod.start().minusDays(1), closeDay);
  }

  /**
   * Every stored series (from {@code inventory}) and whether it is fresh on {@code asOf}: bars reach their
   * market's last trading day in the 30 days up to it, an FX series has a value known by then within the maximum age.
   */
  public DataStatusView status(java.util.List<org.sectordesk.domain.StoredSeries> inventory, LocalDate asOf) {
    TradingEvidence ev = evidence(Period.custom(asOf.minusDays(30), asOf));
    List<DataStatusView.Row> rows = new ArrayList<>();
    for (org.sectordesk.domain.StoredSeries s : inventory) {
      switch (s.kind()) {
        case "bars" -> {
          Market m = marketOf(s.key());
          LocalDate expected = m == null ? null : ev.lastTradingDay(m).orElse(null);
          Security sec = ref.securities().get(s.key());
          boolean delisted = sec != null && sec.delisted() != null && !sec.delisted().isAfter(asOf);
          Boolean fresh = delisted ? null : expected == null ? Boolean.FALSE : !s.last().isBefore(expected);
          rows.add(DataStatusView.Row.of(s, fresh, expected));
        }
        case "fx" -> {
          String[] parts = s.key().split(" ");
          org.sectordesk.domain.FxKind kind = org.sectordesk.domain.FxKind.parse(parts[2]);
          LocalDate oldest = asOf.minusDays(fxPolicy.maxAgeDays());
          // the latest value known on asOf: a month's value only after its month, so judge by the month's end
          boolean endsByThen = !kind.knownFrom(s.last()).isAfter(asOf);
          // a series that goes on after the day covers it once it had started; one that ends must end recently
          Boolean fresh = endsByThen ? !kind.asOf(s.last()).isBefore(oldest) : !kind.knownFrom(s.first()).isAfter(asOf);
          rows.add(DataStatusView.Row.of(s, fresh, oldest));
        }
        default -> rows.add(DataStatusView.Row.of(s, null, null));
      }
    }
    return DataStatusView.of(asOf, rows);
  }

  /** Where the stored series of some codes end and when each market last traded in a period. */
  public DataCoverage coverage(Collection<String> codes, Period period) {
    return new DataCoverage(store.barSpans(codes), evidence(period));
  }

  /**
   * The last day in the period on which each market has a bar of any stored series: the last two weeks are read
   * first, the whole period only for markets without a bar there.
   */
  public TradingEvidence evidence(Period period) {
    return evidence.computeIfAbsent(period, this::readEvidence);
  }

  private TradingEvidence readEvidence(Period period) {
    Map<Market, LocalDate> byMarket = new EnumMap<>(Market.class);
    LocalDate recent = period.end().minusDays(13);
    LocalDate from = recent.isAfter(period.start()) ? recent : period.start();
    collect(store.lastBarDates(from, period.end()), byMarket);
    if (from.isAfter(period.start()) && byMarket.size() < Market.values().length) {
      Map<Market, LocalDate> older = new EnumMap<>(Market.class);
      collect(store.lastBarDates(period.start(), from.minusDays(1)), older);
      older.forEach(byMarket::putIfAbsent);
    }
    return new TradingEvidence(period, byMarket);
  }

  private void collect(Map<String, LocalDate> lastDates, Map<Market, LocalDate> byMarket) {
    lastDates.forEach((code, day) -> {
      Market m = marketOf(code);
      if (m != null) {
        byMarket.merge(m, day, (a, b) -> a.isAfter(b) ? a : b);
      }
    });
  }

  private Market marketOf(String code) {
    Security s = ref.securities().get(code);
    if (s != null) {
      return s.market();
    }
    try {
      return Market.ofCode(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Best and worst names of a scope over a period. */
  public MoversTable movers(MoversScope scope, Period period, int n) {
    List<String> codes = scope.codes(ref);
    Map<String, PeriodCloses> closes = store.periodCloses(codes, period);
    DataCoverage coverage = coverage(codes, period);
    List<PeriodReturn> returns = new ArrayList<>();
    for (String c : codes) {
      returns.add(coverage.periodReturn(ref.require(c), closes.get(c)));
    }
    Map<String, Capitalisation> caps = capitalisationAtLastClose(closes);
    FxTable fx = fx();
    // a watch list prints its own names for its members (the listing names, 美团-W)
    Map<String, Security> names = ref.securities();
    if (scope.watchList() != null) {
      WatchList w = ref.watchList(scope.watchList()).orElseThrow();
      Map<String, Security> listed = new java.util.LinkedHashMap<>(names);
      w.codes().forEach(c -> listed.computeIfPresent(c, (k, sec) -> w.asListed(sec)));
      names = listed;
    }
    List<MoverRow> top = MoverRow.of(Movers.top(returns, n), names, caps, fx, ref.baseCurrency());
    List<MoverRow> bottom = MoverRow.of(Movers.bottom(returns, n), names, caps, fx, ref.baseCurrency());
    long without = returns.stream().filter(r -> !r.hasValue()).count();
    return new MoversTable(scope.label(ref), period, codes.size(), (int) without, top, bottom, returns);
  }

  /** The names of a movers table whose data ends before the period's last trading day. */
  public static List<PeriodReturn> staleOf(List<PeriodReturn> returns) {
    return returns.stream().filter(PeriodReturn::isStale).toList();
  }

  /** Returns of the given indices (or any securities) over a period, in the given order. */
  public List<PeriodReturn> returns(List<String> codes, Period period) {
    Map<String, PeriodCloses> closes = store.periodCloses(codes, period);
    DataCoverage coverage = coverage(codes, period);
    List<PeriodReturn> out = new ArrayList<>();
    for (String c : codes) {
      out.add(coverage.periodReturn(ref.require(c), closes.get(c)));
    }
    return out;
  }

  /** Calendar-month returns of an index for the {@code n} months ending with {@code last}. */
  public List<MonthlyReturns.MonthReturn> monthlyReturns(String code, YearMonth last, int n) {
    Security s = ref.require(code);
    List<MonthlyReturns.MonthReturn> out = new ArrayList<>();
    PriceHistory h = store.history(code);
    LocalDate through = h.lastDate();
    for (MonthlyReturns.MonthReturn m : MonthlyReturns.lastMonths(h, last, n)) {
      Period p = Period.month(m.month());
      PeriodReturn r = PeriodReturns.compute(PeriodCloses.of(h, p), through,
          evidence(p).lastTradingDay(s.market()).orElse(null), s.delisted());
      out.add(new MonthlyReturns.MonthReturn(m.month(), r.hasValue() && !Double.isNaN(m.value()) ? m.value() : Double.NaN));
    }
    return out;
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
    Map<String, LocalDate> days = new HashMap<>();
    closes.forEach((code, pc) -> {
      if (pc.last() != null) {
        days.put(code, pc.last().date());
      }
    });
    return store.capitalisationOnOrBefore(days);
  }

  private FxTable fx() {
    return FxTable.of(store.fxRates(), fxPolicy);
  }

  /** Which names a movers table ranks: all stocks of a market, or a watch list. */
  public record MoversScope(Market market, String watchList, boolean coverageOnly) {
    public MoversScope(Market market, String watchList) {
      this(market, watchList, false);
    }

    public static MoversScope ofMarket(Market m) {
      return new MoversScope(m, null, false);
    }

    /** The covered names of a market only (desk.yaml's coverage), as the report's top-3 sentence ranks them. */
    public static MoversScope ofCoverage(Market m) {
      return new MoversScope(m, null, true);
    }

    public static MoversScope ofWatchList(String id) {
      return new MoversScope(null, id, false);
    }

    List<String> codes(ReferenceData ref) {
      if (watchList != null) {
        WatchList w = ref.watchList(watchList).orElseThrow(() -> new NotFoundException(
            "no watch list '" + watchList + "' in this workspace; known: "
                + ref.watchLists().stream().map(WatchList::id).toList()));
        return w.codes();
      }
      List<String> out = new ArrayList<>();
      Set<String> covered = coverageOnly ? new LinkedHashSet<>(ref.coverage()) : null;
      for (Security s : ref.securities().values()) {
        if (s.kind() == SecurityKind.STOCK && s.market() == market && (covered == null || covered.contains(s.code()))) {
          out.add(s.code());
        }
      }
      if (out.isEmpty()) {
        throw new NotFoundException("the workspace has no " + (coverageOnly ? "covered " : "") + market + " names");
      }
      return out;
    }

    String label(ReferenceData ref) {
      if (watchList != null) {
        return ref.watchList(watchList).map(WatchList::name).orElse(watchList);
      }
      return coverageOnly ? market.name() + " coverage" : market.name();
    }
  }

  /** A movers table: the best and worst {@code n} of a scope, and every return it ranked. */
  public record MoversTable(String scope, Period period, int names, int withoutReturn, List<MoverRow> top,
      List<MoverRow> bottom, List<PeriodReturn> all) {}
}
