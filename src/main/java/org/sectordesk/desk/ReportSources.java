package org.sectordesk.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.report.Lang;
import org.sectordesk.report.TextSections;
import org.sectordesk.store.MarketStore;

/**
 * Everything a report draws from a workspace. Each source answers empty when the workspace has no data for
 * it; the composer then says so in the report instead of printing a placeholder.
 */
public interface ReportSources {

  ReferenceData reference();

  MarketStore market();

  /** The workspace's conventions (desk.yaml {@code conventions:}). */
  default org.sectordesk.domain.Conventions conventions() {
    return org.sectordesk.domain.Conventions.DEFAULT;
  }

  /** How the workspace picks FX rates (desk.yaml {@code fx:}). */
  default org.sectordesk.analytics.FxPolicy fxPolicy() {
    return org.sectordesk.analytics.FxPolicy.DEFAULT;
  }

  /** A text file of the workspace (the analyst's Markdown), by path relative to the workspace; empty when missing. */
  Optional<String> text(String relativePath);

  /** A file of the workspace (the analyst's tables and pictures) as bytes, by relative path; empty when missing. */
  default Optional<byte[]> bytes(String relativePath) {
    return Optional.empty();
  }

  /** Every published rating of a code (a company, or an industry by its index), any scheme; empty when none. */
  default List<org.sectordesk.domain.PublishedRating> ratingsOf(String code) {
    return List.of();
  }

  /** The tiers of a rating scheme from the best to the worst (industry scale, else stock scale); empty when unknown. */
  default List<String> tierOrder(String scheme) {
    return List.of();
  }

  /** Records that a kind of data is missing, for the command's summary. */
  default void noteMissing(String what) {}

  /** The earnings-forecast and rating table on a day for the given fiscal years; empty when no estimates. */
  List<TextSections.ForecastLine> forecasts(LocalDate asOf, List<Integer> years);

  /**
   * The forecast table on a day for the given fiscal years under a layout's own list and scheme (over the
   * workspace's; {@link org.sectordesk.domain.ForecastList#ALL} for the workspace's own).
   */
  default TextSections.Forecasts forecastTable(LocalDate asOf, List<Integer> years,
      org.sectordesk.domain.ForecastList layoutList) {
    return new TextSections.Forecasts("", forecasts(asOf, years));
  }

  /** The label of the forecast table's price columns, e.g. 港元/美元. */
  default String forecastCurrencyLabel(Lang lang) {
    return lang == Lang.ZH ? "港元/美元" : "HKD/USD";
  }

  /** A rating scheme as the report prints it; empty when unknown. */
  Optional<TextSections.RatingScale> ratingScale(String schemeId, Lang lang);

  /** News items of a period filed under report sections. */
  List<TextSections.NewsLine> news(Period period);

  /** The names the news sections print as headings (ai → 人工智能动态 …). */
  default String newsSectionName(String section, Lang lang) {
    return NewsSectionNames.name(section, lang);
  }

  /** Company announcements of a period for the watch lists. */
  List<TextSections.AnnouncementLine> announcements(Period period);

  /** The AI application tracker up to a day. */
  List<TextSections.TrackerLine> aiTracker(LocalDate asOf);

  /** A metric of the workspace catalogue. */
  default Optional<org.sectordesk.domain.Metric> metric(String id) {
    return Optional.empty();
  }

  /** The stored series of a metric for the given entities (every entity when empty), in that order. */
  default List<org.sectordesk.analytics.MetricSeries> metricSeries(String metric, List<String> entities) {
    return List.of();
  }

  /** What is missing from this workspace's sources (for the command's summary), e.g. "news". */
  default List<String> missing() {
    return List.of();
  }
}
