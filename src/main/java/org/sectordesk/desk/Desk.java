package org.sectordesk.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.analytics.Indices;
import org.sectordesk.analytics.PeriodReturn;
import org.sectordesk.analytics.PriceComparison;
import org.sectordesk.analytics.ValuationStats;
import org.sectordesk.desk.view.AnnouncementsView;
import org.sectordesk.desk.view.EvaluationView;
import org.sectordesk.desk.view.IndicesView;
import org.sectordesk.desk.view.MoversView;
import org.sectordesk.desk.view.NewsDigestView;
import org.sectordesk.desk.view.PeriodView;
import org.sectordesk.desk.view.RatingListView;
import org.sectordesk.desk.view.ReviewView;
import org.sectordesk.desk.view.RatingPathView;
import org.sectordesk.desk.view.SecurityView;
import org.sectordesk.desk.view.TrackerView;
import org.sectordesk.desk.view.ValuationView;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityCodes;
import org.sectordesk.ingest.Imported;
import org.sectordesk.news.Evaluation;
import org.sectordesk.ratings.RatingPath;
import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;

/**
 * The one entry point of the use cases: an open workspace and what the faces ask of it. The CLI opens one per
 * command; the web desk opens one for the server and a {@link #unitOfWork()} per request. Results are view records,
 * which {@link org.sectordesk.desk.json.DeskJson} writes as the JSON contract; failures are typed ({@link Failure}).
 */
public final class Desk implements AutoCloseable {
  private final Workspace workspace;
  private final DuckDbMarketStore market;
  private final Reports reports;

  private Desk(Workspace workspace, Reports reports) {
    this.workspace = workspace;
    this.market = new DuckDbMarketStore(workspace.database());
    this.reports = reports;
  }

  public static Desk open(Path dir) {
    return new Desk(Workspace.open(dir), new Reports());
  }

  /** A desk that only reads the workspace's database, so other processes can read it too (the web desk). */
  public static Desk openReadOnly(Path dir) {
    return new Desk(Workspace.open(dir, true), new Reports());
  }

  /** The same desk on a database connection of its own, for one unit of work; close it when done. */
  public Desk unitOfWork() {
    return new Desk(workspace.unitOfWork(), reports);
  }

  /** The desk for a command that only reads: it runs beside other readers and never takes the writer's lock. */
  public static Desk openToRead(Path dir) {
    return new Desk(Workspace.openToRead(dir), new Reports());
  }

  public Workspace workspace() {
    return workspace;
  }

  public ReferenceData reference() {
    return workspace.reference();
  }

  public MarketStore marketStore() {
    return market;
  }

  public MarketDesk market() {
    return new MarketDesk(workspace.reference(), market, workspace.fxPolicy(), workspace.conventions());
  }

  /** {@code desk status}: every stored series and whether it is fresh on {@code asOf}. */
  public DataStatusView status(java.time.LocalDate asOf) {
    return market().status(new org.sectordesk.store.DataInventory(workspace.database()).series(), asOf);
  }

  public MarketImports imports() {
    return new MarketImports(workspace, market, Clock.systemUTC());
  }

  public NewsDesk news() {
    return new NewsDesk(workspace);
  }

  public EstimatesDesk estimates() {
    return new EstimatesDesk(workspace, market);
  }

  public RatingBookDesk ratingBook() {
    return new RatingBookDesk(workspace, market);
  }

  // ---- market

  /** {@code desk review}: the coverage review of a period. */
  public ReviewView review(Period period) {
    return ReviewView.of(market().review(period));
  }

  /** {@code desk review} with conventions (YTD base, close as of) overriding desk.yaml's. */
  public ReviewView review(Period period, org.sectordesk.domain.Conventions overrides) {
    return ReviewView.of(market().review(period, overrides, null));
  }

  /** {@code desk movers}: the best and worst {@code top} names of a market or watch list. */
  public MoversView movers(MarketDesk.MoversScope scope, Period period, int top) {
    if (top < 1) {
      throw new org.sectordesk.domain.BadInputException("--top must be at least 1, got " + top);
    }
    return MoversView.of(market().movers(scope, period, top));
  }

  /** {@code desk indices}: returns of the given indices, or of every index of the workspace when none is given. */
  public IndicesView indices(List<String> codes, Period period) {
    ReferenceData ref = workspace.reference();
    List<String> wanted = codes.isEmpty() ? Indices.codes(ref) : codes.stream().map(SecurityCodes::normalise).toList();
    List<IndicesView.Row> rows = new ArrayList<>();
    for (PeriodReturn r : market().returns(wanted, period)) {
      Security s = ref.require(r.code());
      rows.add(new IndicesView.Row(s.code(), s.displayName(), r.value(), r.end() == null ? null : r.end().close(),
          r.end() == null ? null : r.end().date(), r.status().name().toLowerCase(java.util.Locale.ROOT),
          r.dataThrough()));
    }
    return new IndicesView(PeriodView.of(period), rows);
  }

  /** {@code desk valuation}: an index's PE-TTM on a day (the latest when null) and its place since inception. */
  public ValuationView valuation(String code, LocalDate asOf) {
    ValuationStats v = market().valuation(SecurityCodes.normalise(code), asOf);
    return ValuationView.of(v, workspace.reference().require(v.code()).displayName());
  }

  // ---- estimates and ratings

  /** {@code desk estimates}: the earnings-forecast and rating table. */
  public ForecastTableView forecastTable(LocalDate asOf, List<Integer> years, Boolean nm) {
    return estimates().table(asOf, years, nm);
  }

  /**
   * {@code desk estimates --all}: every name with a forecast in force (coverage order first) under the table's
   * scheme, instead of the table's own names ({@code forecast_table.names} in desk.yaml).
   */
  public ForecastTableView forecastTable(LocalDate asOf, List<Integer> years, Boolean nm, boolean all) {
    if (!all) {
      return forecastTable(asOf, years, nm);
    }
    return estimates().table(asOf, years, nm,
        new org.sectordesk.domain.ForecastList(workspace.forecastList().scheme(), List.of()));
  }

  /** {@code desk ratings score}: the scored rating book. */
  public RatingBookView ratings(LocalDate asOf, String scheme, String analyst) {
    return ratingBook().score(asOf, scheme, analyst);
  }

  /**
   * A security of the workspace, or, for a code outside it that has stored bars (a market mover), the code
   * itself as a stock of its market; not found otherwise.
   */
  public Security security(String code) {
    String c = SecurityCodes.normalise(code);
    return reference().security(c).orElseGet(() -> {
      if (market.barSpans(List.of(c)).get(c) == null) {
        throw new org.sectordesk.domain.NotFoundException("unknown code " + c
            + ": it is not in the workspace's securities and has no stored prices");
      }
      return Security.stock(c, c, "", "");
    });
  }

  /**
   * The security page's chart: the security's closes beside its market's benchmark over a window (null ends:
   * from its first to its last stored bar), both rebased to 0 on the first day.
   */
  public SecurityView security(String code, LocalDate from, LocalDate to) {
    Security s = security(code);
    PriceHistory h = market.history(s.code());
    Security bench = reference().benchmarks().benchmarkFor(s.market()).filter(b -> !b.equals(s.code()))
        .map(b -> reference().security(b).orElse(Security.index(b, b, b))).orElse(null);
    LocalDate start = from != null ? from : h.isEmpty() ? null : h.firstDate();
    LocalDate end = to != null ? to : h.isEmpty() ? null : h.lastDate();
    String newsCompany = NewsResources.dictionary(workspace).resolve(s.code()).map(org.sectordesk.news.Company::id).orElse(null);
    if (start == null || end == null) {
      return SecurityView.of(s, bench, start, end, null, newsCompany, List.of());
    }
    if (end.isBefore(start)) {
      throw new org.sectordesk.domain.BadInputException("from " + start + " is after to " + end);
    }
    PriceHistory b = bench == null ? PriceHistory.empty("") : market.history(bench.code());
    return SecurityView.of(s, bench, start, end, h.lastDate(), newsCompany, PriceComparison.of(h, b, start, end));
  }

  /**
   * One rating's path against its benchmark up to its evaluation end, scored as {@code ratings score --as-of}
   * scores it; {@code scheme} picks among ratings of the same name and day (null: the only one).
   */
  public RatingPathView ratingPath(String code, LocalDate date, String scheme, LocalDate asOf) {
    String c = SecurityCodes.normalise(code);
    List<RatingBookView.Rated> found = ratings(asOf, scheme, null).ratings().stream()
        .filter(r -> r.code().equals(c) && r.date().equals(date)).toList();
    if (found.isEmpty()) {
      throw new org.sectordesk.domain.NotFoundException("no rating of " + c + " dated " + date
          + (scheme == null ? "" : " under " + scheme) + " in the rating book");
    }
    if (found.size() > 1) {
      throw new org.sectordesk.domain.BadInputException(found.size() + " ratings of " + c + " are dated " + date
          + ": name the scheme");
    }
    RatingBookView.Rated r = found.get(0);
    if (r.benchmark() == null || r.benchmark().isEmpty() || r.evaluatedTo() == null) {
      return RatingPathView.of(r, List.of());
    }
    return RatingPathView.of(r, RatingPath.of(market.history(c), market.history(r.benchmark()), r.date(), r.evaluatedTo()));
  }

  /** {@code desk ratings list}: every stored rating. */
  public RatingListView ratingList(String scheme, String analyst, String code) {
    return new RatingListView(RatingBookDesk.listOnly(workspace, scheme, analyst).stream()
        .filter(l -> code == null || l.code().equals(SecurityCodes.normalise(code))).toList());
  }

  public RatingListView ratingList(String scheme, String analyst) {
    return new RatingListView(RatingBookDesk.listOnly(workspace, scheme, analyst));
  }

  // ---- news

  /** {@code desk news digest}: a period's news by section ({@code full}: with each story's text). */
  public NewsDigestView newsDigest(Period p, boolean full) {
    return NewsDigestView.of(news().digest(p.start(), p.end()), p, full);
  }

  /**
   * {@code desk news digest --search TEXT --company CODE}: the digest of the items that hold every word of
   * {@code query} (null for any) and name {@code company} (a code, name or alias; null for any).
   */
  public NewsDigestView newsDigest(Period p, boolean full, String query, String company) {
    NewsDesk n = news();
    String companyId = company == null || company.isBlank() ? null : n.companyId(company.strip());
    return NewsDigestView.of(n.digest(p.start(), p.end(), org.sectordesk.news.NewsSearch.of(query, companyId)), p, full);
  }

  /** {@code desk news tracker}: the A-share AI application tracker. */
  public TrackerView newsTracker(Period p) {
    return new TrackerView(PeriodView.of(p), news().tracker(p.start(), p.end()).rows());
  }

  /** {@code desk announcements}: the watch lists' (or, {@code all}, everyone's) announcements of a period. */
  public AnnouncementsView announcements(Period p, boolean all) {
    return AnnouncementsView.of(news().announcements(p.start(), p.end(), all), p);
  }

  /** {@code desk news eval}: scores the classifier and tagger on a labelled file; a null desk uses the defaults. */
  public static EvaluationView evaluate(Path file, Desk deskOrNull) {
    Imported<Evaluation> r = NewsDesk.evaluate(file, deskOrNull == null ? null : deskOrNull.workspace);
    if (!r.ok()) {
      throw DataRejectedException.of("labelled file " + file, r.problems());
    }
    return EvaluationView.of(r.values().get(0));
  }

  // ---- reports

  /** Composes a report and writes it in the asked formats into a folder. */
  public ReportDesk.Outcome writeReport(ReportRequest request, java.util.Set<ReportFormat> formats, Path outDir,
      byte[] template) {
    return reports.write(workspace, request, formats, outDir, template);
  }

  /** Composes a report and returns one format as bytes (DOCX, PDF, HTML or XLSX). */
  public byte[] reportBytes(ReportRequest request, ReportFormat format) {
    return reports.bytes(workspace, request, format);
  }

  /** Metric series: import, list, show. */
  public SeriesDesk series() {
    return SeriesDesk.open(workspace);
  }

  @Override
  public void close() {
    workspace.close();
  }
}
