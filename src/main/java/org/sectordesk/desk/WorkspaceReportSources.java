package org.sectordesk.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.news.Announcement;
import org.sectordesk.news.CompanyBlock;
import org.sectordesk.news.DigestEntry;
import org.sectordesk.news.DigestSection;
import org.sectordesk.news.NewsDigest;
import org.sectordesk.news.NewsItem;
import org.sectordesk.news.TrackerRow;
import org.sectordesk.ratings.RatingScheme;
import org.sectordesk.report.Lang;
import org.sectordesk.report.TextSections;
import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;

/**
 * The report's sources in a workspace: its reference data and market store, its text files, and (as their
 * parts are present) estimates, rating schemes, news, announcements and the AI tracker.
 */
public final class WorkspaceReportSources implements ReportSources {
  private final Workspace workspace;
  private final MarketStore market;
  private final List<String> missing = new ArrayList<>();
  private NewsDesk newsDesk;

  public WorkspaceReportSources(Workspace workspace, MarketStore market) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.market = Objects.requireNonNull(market, "market");
  }

  @Override
  public ReferenceData reference() {
    return workspace.reference();
  }

  @Override
  public org.sectordesk.domain.Conventions conventions() {
    return workspace.conventions();
  }

  @Override
  public org.sectordesk.analytics.FxPolicy fxPolicy() {
    return workspace.fxPolicy();
  }

  @Override
  public MarketStore market() {
    return market;
  }

  @Override
  public Optional<String> text(String relativePath) {
    Path p = Workspace.confined(workspace.dir(), relativePath, "the layout's text file");
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  @Override
  public Optional<byte[]> bytes(String relativePath) {
    Path p = Workspace.confined(workspace.dir(), relativePath, "the report's file");
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  @Override
  public List<TextSections.ForecastLine> forecasts(LocalDate asOf, List<Integer> years) {
    return forecastTable(asOf, years, org.sectordesk.domain.ForecastList.ALL).lines();
  }

  @Override
  public TextSections.Forecasts forecastTable(LocalDate asOf, List<Integer> years,
      org.sectordesk.domain.ForecastList layoutList) {
    ForecastTableView view = new EstimatesDesk(workspace, market).table(asOf, years, null,
        layoutList.over(workspace.forecastList()));
    List<TextSections.ForecastLine> out = new ArrayList<>();
    for (ForecastTableView.Row r : view.rows()) {
      Map<Integer, Double> eps = new LinkedHashMap<>();
      r.eps().forEach(e -> eps.put(e.year(), Double.isNaN(e.value()) ? null : Double.valueOf(e.value())));
      Map<Integer, Double> pe = new LinkedHashMap<>();
      // NaN with nm prints "NM"; NaN without a value (no EPS) prints nothing
      r.pe().forEach(x -> pe.put(x.year(), x.nm() ? Double.valueOf(Double.NaN)
          : Double.isNaN(x.value()) ? null : Double.valueOf(x.value())));
      boolean unmapped = r.has(ForecastTableView.RATING_UNMAPPED);
      out.add(new TextSections.ForecastLine(r.code(), r.name(), r.rating(),
          Double.isNaN(r.close()) ? null : Double.valueOf(r.close()),
          Double.isNaN(r.mcapMn()) ? null : Double.valueOf(r.mcapMn()), eps, pe,
          unmapped ? r.rated().schemeName().isEmpty() ? r.rated().scheme() : r.rated().schemeName() : "",
          r.has(ForecastTableView.NO_ESTIMATES), r.has(ForecastTableView.NO_CLOSE)));
      if (r.has(ForecastTableView.NO_ESTIMATES)) {
        note("forecasts for " + r.code() + " " + r.name() + " (listed in the forecast table)");
      }
      if (r.has(ForecastTableView.NO_CLOSE)) {
        note("close on or before " + view.asOf() + " for " + r.code() + " " + r.name() + " (listed in the forecast table)");
      }
    }
    if (out.isEmpty()) {
      note("estimates");
    }
    return new TextSections.Forecasts(view.schemeName(), out);
  }

  @Override
  public String forecastCurrencyLabel(Lang lang) {
    return lang == Lang.ZH ? "港元/美元" : "HKD/USD";
  }

  @Override
  public Optional<TextSections.RatingScale> ratingScale(String schemeId, Lang lang) {
    Optional<RatingScheme> scheme = SchemeLibrary.forWorkspace(workspace.dir()).scheme(schemeId);
    if (scheme.isEmpty()) {
      note("rating scheme '" + schemeId + "'");
      return Optional.empty();
    }
    return Optional.of(RatingDefinitions.of(scheme.get(), workspace.reference(), lang));
  }

  @Override
  public List<TextSections.NewsLine> news(Period period) {
    NewsDigest digest = news().digest(period.start(), period.end());
    List<TextSections.NewsLine> out = new ArrayList<>();
    for (DigestSection s : digest.sections()) {
      for (CompanyBlock b : s.blocks()) {
        for (DigestEntry e : b.entries()) {
          NewsItem i = e.item();
          String title = i.title().isBlank() ? firstSentence(e.bodyAfterDate()) : i.title();
          out.add(new TextSections.NewsLine(s.section().id(), e.mainCompanyName(), e.firstSeen(), title,
              i.title().isBlank() ? "" : e.bodyAfterDate(), String.join("、", e.sources()), e.chineseDate(),
              b.companyName().isEmpty() ? "" : b.heading()));
        }
      }
    }
    if (out.isEmpty()) {
      note("news");
    }
    return out;
  }

  private static String firstSentence(String body) {
    int end = body.indexOf('。');
    return end > 0 && end < 80 ? body.substring(0, end + 1) : body.length() > 60 ? body.substring(0, 60) + "…" : body;
  }

  @Override
  public String newsSectionName(String section, Lang lang) {
    return lang == Lang.ZH ? org.sectordesk.news.Section.of(section).title() : NewsSectionNames.name(section, lang);
  }

  @Override
  public List<TextSections.AnnouncementLine> announcements(Period period) {
    List<TextSections.AnnouncementLine> out = new ArrayList<>();
    for (Announcement a : news().announcements(period.start(), period.end(), false).announcements()) {
      out.add(new TextSections.AnnouncementLine(a.time(), a.code(), a.name(), a.title()));
    }
    if (out.isEmpty()) {
      note("announcements");
    }
    return out;
  }

  @Override
  public List<TextSections.TrackerLine> aiTracker(LocalDate asOf) {
    // the tracker covers the year to date, as the weekly report's table does
    List<TextSections.TrackerLine> out = new ArrayList<>();
    for (TrackerRow r : news().tracker(asOf.withDayOfYear(1), asOf).rows()) {
      out.add(new TextSections.TrackerLine(r.company(), r.code(), r.date(), r.event(), r.models()));
    }
    if (out.isEmpty()) {
      note("AI tracker");
    }
    return out;
  }

  private NewsDesk news() {
    if (newsDesk == null) {
      newsDesk = new NewsDesk(workspace);
    }
    return newsDesk;
  }

  @Override
  public void noteMissing(String what) {
    note(what);
  }

  @Override
  public List<org.sectordesk.domain.PublishedRating> ratingsOf(String code) {
    return new org.sectordesk.store.DuckDbRatingStore(workspace.database()).all().stream()
        .filter(r -> r.code().equals(code)).toList();
  }

  @Override
  public List<String> tierOrder(String schemeId) {
    return SchemeLibrary.forWorkspace(workspace.dir()).scheme(schemeId)
        .flatMap(s -> s.scale(org.sectordesk.ratings.RatingTarget.INDUSTRY).or(() -> s.scale(org.sectordesk.ratings.RatingTarget.STOCK)))
        .map(t -> t.tiers().stream().map(org.sectordesk.ratings.Tier::name).toList()).orElse(List.of());
  }

  private void note(String what) {
    if (!missing.contains(what)) {
      missing.add(what);
    }
  }

  @Override
  public List<String> missing() {
    return List.copyOf(missing);
  }

  private SeriesDesk seriesDesk;

  private SeriesDesk seriesDesk() {
    if (seriesDesk == null) {
      seriesDesk = SeriesDesk.open(workspace);
    }
    return seriesDesk;
  }

  @Override
  public Optional<org.sectordesk.domain.Metric> metric(String id) {
    return seriesDesk().catalogue().metric(id);
  }

  @Override
  public List<org.sectordesk.analytics.MetricSeries> metricSeries(String metric, List<String> entities) {
    return seriesDesk().series(metric, entities);
  }
}
