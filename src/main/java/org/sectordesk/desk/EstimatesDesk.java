package org.sectordesk.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sectordesk.analytics.FxTable;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.ForecastList;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.PublishedRating;
import org.sectordesk.domain.Security;
import org.sectordesk.estimates.EstimateHistory;
import org.sectordesk.estimates.ForecastRow;
import org.sectordesk.estimates.ForecastTable;
import org.sectordesk.ratings.RatingHistory;
import org.sectordesk.ratings.RatingScheme;
import org.sectordesk.ratings.RatingTarget;
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

  /** The table under the workspace's own list ({@code forecast_table:} in desk.yaml). */
  public ForecastTableView table(LocalDate asOf, List<Integer> years, Boolean nm) {
    return table(asOf, years, nm, ws.forecastList());
  }

  /**
   * @param asOf  the table's date; null for the latest day with a close among the table's names
   * @param years the two (or more) fiscal years; null or empty for the as-of year and the next
   * @param nm    true to print NM for loss-making or zero EPS; null to follow the workspace setting
   * @param list  the table's names in order and its scheme; without names, every name with a forecast in force
   */
  public ForecastTableView table(LocalDate asOf, List<Integer> years, Boolean nm, ForecastList list) {
    EstimateHistory estimates = new EstimateHistory(new DuckDbEstimateStore(ws.database()).all());
    RatingHistory ratings = new RatingHistory(new DuckDbRatingStore(ws.database()).all());
    Map<String, String> listedNames = new LinkedHashMap<>();
    for (ForecastList.Listed l : list.names()) {
      Security s = ws.reference().security(l.code()).orElseThrow(() -> new IllegalArgumentException("the forecast"
          + " table lists " + l.code() + ", which " + Workspace.CONFIG_FILE + " does not name: add it to"
          + " forecast_table.names there (with the name the table prints)"));
      if (s.kind() == org.sectordesk.domain.SecurityKind.INDEX) {
        throw new IllegalArgumentException("the forecast table lists " + l.code() + ", an index; it lists companies");
      }
      listedNames.put(l.code(), l.name());
    }
    Set<String> codes = list.listed() ? listedNames.keySet()
        : orderedCodes(estimates.codesOn(asOf == null ? LocalDate.of(9999, 12, 31) : asOf));
    // every name's whole history in one query (one per name cost a query's overhead each)
    Map<String, PriceHistory> histories = market.histories(codes, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    if (asOf == null) {
      asOf = histories.values().stream().filter(h -> !h.isEmpty()).map(PriceHistory::lastDate)
          .max(LocalDate::compareTo).orElseThrow(() -> new IllegalArgumentException(list.listed()
              ? "no closes stored for the forecast table's names; import prices or pass --as-of"
              : "no closes stored for the names with estimates; import prices or pass --as-of"));
      if (!list.listed()) {
        codes = orderedCodes(estimates.codesOn(asOf));
      }
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
    Map<String, PublishedRating> published = new LinkedHashMap<>();
    for (String code : codes) {
      Security s = ws.reference().security(code).orElse(null);
      PriceHistory h = histories.get(code);
      int i = h == null || h.isEmpty() ? -1 : h.indexOnOrBefore(asOf);
      DatedClose last = i < 0 ? null : new DatedClose(h.date(i), h.close(i), h.adjClose(i));
      PublishedRating r = ratings.inForce(code, asOf).orElse(null);
      if (r != null) {
        published.put(code, r);
      }
      String own = listedNames.getOrDefault(code, "");
      names.add(new ForecastTable.NameOnDate(code, !own.isEmpty() ? own : s == null ? "" : s.displayName(),
          s == null ? org.sectordesk.domain.Market.ofCode(code).tradingCurrency() : s.currency(), last,
          caps.get(code), r == null ? "" : r.tier(), r == null ? "" : r.scheme()));
    }
    SchemeLibrary schemes = SchemeLibrary.forWorkspace(ws.dir());
    String scheme = list.scheme().isEmpty()
        ? published.values().stream().findFirst().map(PublishedRating::scheme).orElse("") : list.scheme();
    if (!scheme.isEmpty() && schemes.scheme(scheme).isEmpty()) {
      throw new IllegalArgumentException("the forecast table's scheme '" + scheme + "' (forecast_table.scheme) is not a"
          + " scheme of this workspace; known: " + String.join(", ", new java.util.TreeSet<>(schemes.all().keySet())));
    }
    Set<String> coverage = new java.util.HashSet<>(ws.reference().coverage());
    List<ForecastTableView.Row> rows = new ArrayList<>();
    for (ForecastRow fr : ForecastTable.build(names, estimates, fx, asOf, ys)) {
      rows.add(view(fr, useNm, coverage.contains(fr.code()), published.get(fr.code()), scheme, schemes));
    }
    return new ForecastTableView(asOf, ys, useNm, scheme, schemeName(schemes, scheme), rows);
  }

  private static String schemeName(SchemeLibrary schemes, String id) {
    return schemes.scheme(id).map(RatingScheme::name).orElse("");
  }

  /**
   * The row as printed: the rating under the table's scheme where it was published under it or a scheme file
   * maps its tier there, else as published with the {@code rating_unmapped} flag; missing estimates and closes
   * flagged.
   */
  static ForecastTableView.Row view(ForecastRow fr, boolean nm, boolean inCoverage, PublishedRating published,
      String tableScheme, SchemeLibrary schemes) {
    List<ForecastTableView.Eps> eps = new ArrayList<>();
    List<ForecastTableView.Pe> pe = new ArrayList<>();
    boolean anyEstimate = false;
    for (ForecastRow.YearForecast y : fr.years()) {
      eps.add(new ForecastTableView.Eps(y.year(), y.eps(), y.epsCurrency(), y.perAds(), y.estimateAsOf()));
      boolean notMeaningful = nm && y.notMeaningful();
      pe.add(new ForecastTableView.Pe(y.year(), notMeaningful ? Double.NaN : y.pe(), notMeaningful, y.fx()));
      anyEstimate |= !Double.isNaN(y.eps());
    }
    List<String> flags = new ArrayList<>();
    String rating = fr.rating();
    String ratingScheme = fr.ratingScheme();
    boolean mapped = false;
    ForecastTableView.Rated rated = null;
    if (published != null) {
      rated = new ForecastTableView.Rated(published.scheme(), schemeName(schemes, published.scheme()), published.tier(),
          published.date());
      if (!tableScheme.isEmpty()) {
        Optional<String> tier = schemes.mapping().map(published.scheme(), RatingTarget.STOCK, published.tier(), tableScheme);
        if (tier.isPresent()) {
          mapped = !published.scheme().equals(tableScheme);
          rating = tier.get();
          ratingScheme = tableScheme;
        } else {
          flags.add(ForecastTableView.RATING_UNMAPPED);
        }
      }
    }
    if (!anyEstimate) {
      flags.add(ForecastTableView.NO_ESTIMATES);
    }
    if (fr.closeDate() == null) {
      flags.add(ForecastTableView.NO_CLOSE);
    }
    return new ForecastTableView.Row(fr.code(), fr.name(), rating, ratingScheme, fr.close(), fr.closeDate(),
        fr.currency(), fr.mcapMn(), eps, pe, inCoverage, rated, mapped, flags);
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
