package org.sectordesk.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sectordesk.analytics.FxTable;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.PublishedRating;
import org.sectordesk.domain.Security;
import org.sectordesk.estimates.EstimateHistory;
import org.sectordesk.estimates.ForecastRow;
import org.sectordesk.estimates.ForecastTable;
import org.sectordesk.ratings.RatingHistory;
import org.sectordesk.store.DuckDbEstimateStore;
import org.sectordesk.store.DuckDbRatingStore;
import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;

/** {@code desk estimates}: the earnings-forecast and rating table on an as-of date. */
public final class EstimatesDesk {
  /** Workspace setting ({@code settings: {negative_pe: nm}} in desk.yaml) that prints loss-making PEs as NM. */
  public static final String NEGATIVE_PE_SETTING = "negative_pe";

  private final Workspace ws;
  private final MarketStore market;

  public EstimatesDesk(Workspace ws, MarketStore market) {
    this.ws = Objects.requireNonNull(ws, "ws");
    this.market = Objects.requireNonNull(market, "market");
  }

  /** The table of a workspace, reading prices, FX and shares from its market store. */
  public static EstimatesDesk open(Workspace ws) {
    return new EstimatesDesk(ws, WorkspaceMarket.of(ws));
  }

  /** True when the workspace asks for NM instead of negative PEs. */
  public boolean workspaceWantsNm() {
    Map<String, Object> settings = ws.config().settings();
    Object v = settings == null ? null : settings.get(NEGATIVE_PE_SETTING);
    return v != null && v.toString().trim().toLowerCase(Locale.ROOT).equals("nm");
  }

  /**
   * @param asOf  the table's date; null for the latest day with a close among the names with estimates
   * @param years the two (or more) fiscal years; null or empty for the as-of year and the next
   * @param nm    true to print NM for loss-making or zero EPS; null to follow the workspace setting
   */
  public ForecastTableView table(LocalDate asOf, List<Integer> years, Boolean nm) {
    EstimateHistory estimates = new EstimateHistory(new DuckDbEstimateStore(ws.database()).all());
    RatingHistory ratings = new RatingHistory(new DuckDbRatingStore(ws.database()).all());
    Set<String> codes = orderedCodes(estimates.codesOn(asOf == null ? LocalDate.of(9999, 12, 31) : asOf));
    // every name's whole history in one query (one per name cost a query's overhead each)
    Map<String, PriceHistory> histories = market.histories(codes, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    if (asOf == null) {
      asOf = histories.values().stream().filter(h -> !h.isEmpty()).map(PriceHistory::lastDate)
          .max(LocalDate::compareTo).orElseThrow(() -> new IllegalArgumentException(
              "no closes stored for the names with estimates; import prices or pass --as-of"));
      codes = orderedCodes(estimates.codesOn(asOf));
    }
    List<Integer> ys = years == null || years.isEmpty() ? List.of(asOf.getYear(), asOf.getYear() + 1) : List.copyOf(years);
    boolean useNm = nm == null ? workspaceWantsNm() : nm;
    FxTable fx = FxTable.of(market.fxRates());
    Map<String, LocalDate> capDays = new java.util.LinkedHashMap<>();
    for (String code : codes) {
      capDays.put(code, asOf);
    }
    Map<String, org.sectordesk.domain.Capitalisation> caps = market.capitalisationOnOrBefore(capDays);
    List<ForecastTable.NameOnDate> names = new ArrayList<>();
    for (String code : codes) {
      Security s = ws.reference().security(code).orElse(null);
      PriceHistory h = histories.get(code);
      int i = h == null ? -1 : h.indexOnOrBefore(asOf);
      DatedClose last = i < 0 ? null : new DatedClose(h.date(i), h.close(i), h.adjClose(i));
      PublishedRating r = ratings.inForce(code, asOf).orElse(null);
      names.add(new ForecastTable.NameOnDate(code, s == null ? "" : s.displayName(),
          s == null ? org.sectordesk.domain.Market.ofCode(code).tradingCurrency() : s.currency(), last,
          caps.get(code), r == null ? "" : r.tier(), r == null ? "" : r.scheme()));
    }
    List<ForecastTableView.Row> rows = new ArrayList<>();
    for (ForecastRow fr : ForecastTable.build(names, estimates, fx, asOf, ys)) {
      rows.add(view(fr, useNm));
    }
    return new ForecastTableView(asOf, ys, useNm, rows);
  }

  static ForecastTableView.Row view(ForecastRow fr, boolean nm) {
    List<ForecastTableView.Eps> eps = new ArrayList<>();
    List<ForecastTableView.Pe> pe = new ArrayList<>();
    for (ForecastRow.YearForecast y : fr.years()) {
      eps.add(new ForecastTableView.Eps(y.year(), y.eps(), y.epsCurrency(), y.perAds(), y.estimateAsOf()));
      boolean notMeaningful = nm && y.notMeaningful();
      pe.add(new ForecastTableView.Pe(y.year(), notMeaningful ? Double.NaN : y.pe(), notMeaningful, y.fx()));
    }
    return new ForecastTableView.Row(fr.code(), fr.name(), fr.rating(), fr.ratingScheme(), fr.close(), fr.closeDate(),
        fr.currency(), fr.mcapMn(), eps, pe);
  }

  /** Coverage order first, then any other code with estimates in code order. */
  private Set<String> orderedCodes(Set<String> withEstimates) {
    Set<String> out = new LinkedHashSet<>();
    for (String c : ws.reference().coverage()) {
      if (withEstimates.contains(c)) {
        out.add(c);
      }
    }
    withEstimates.stream().sorted().forEach(out::add);
    return out;
  }
}
