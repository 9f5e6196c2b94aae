package org.sectordesk.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.ReferenceData;
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

  public WorkspaceReportSources(Workspace workspace, MarketStore market) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.market = Objects.requireNonNull(market, "market");
  }

  @Override
  public ReferenceData reference() {
    return workspace.reference();
  }

  @Override
  public MarketStore market() {
    return market;
  }

  @Override
  public Optional<String> text(String relativePath) {
    Path p = workspace.file(relativePath).normalize();
    if (!p.startsWith(workspace.dir().normalize())) {
      throw new IllegalArgumentException("layout names the text file " + relativePath + ", which is outside the workspace");
    }
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
  public List<TextSections.ForecastLine> forecasts(LocalDate asOf, List<Integer> years) {
    note("estimates");
    return List.of();
  }

  @Override
  public Optional<TextSections.RatingScale> ratingScale(String schemeId, Lang lang) {
    note("rating schemes");
    return Optional.empty();
  }

  @Override
  public List<TextSections.NewsLine> news(Period period) {
    note("news");
    return List.of();
  }

  @Override
  public List<TextSections.AnnouncementLine> announcements(Period period) {
    note("announcements");
    return List.of();
  }

  @Override
  public List<TextSections.TrackerLine> aiTracker(LocalDate asOf) {
    note("AI tracker");
    return List.of();
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
}
