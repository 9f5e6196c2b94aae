package org.sectordesk.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sectordesk.analytics.RelativePerformance;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.PublishedRating;
import org.sectordesk.domain.Security;
import org.sectordesk.report.Analyst;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.CoverSections;
import org.sectordesk.report.Lang;
import org.sectordesk.report.NumberStyle;
import org.sectordesk.report.Publication;
import org.sectordesk.report.Section;
import org.sectordesk.report.SectionContext;
import org.sectordesk.report.SectionSpec;

/**
 * The {@code cover} and {@code analyst_bios} sections: the analysts the layout names (from {@code analysts.yaml}),
 * the sector rating (the rating book's latest industry rating of the sector index on or before the report date,
 * and its change against the one before under the same scheme), the sector index against the base index rebased
 * to 0% twelve months before the report date, and the latest related reports of {@code publications.csv}.
 */
final class CoverComposer {
  static final Set<String> TYPES = Set.of("cover", "analyst_bios");

  private final ReportSources sources;
  private final SectionContext ctx;
  private final LocalDate date;
  private final String sector;

  CoverComposer(ReportSources sources, SectionContext ctx, LocalDate date, String sector) {
    this.sources = sources;
    this.ctx = ctx;
    this.date = date;
    this.sector = sector;
  }

  List<Section> build(SectionSpec spec, String heading, int level) {
    if (spec.type().equals("analyst_bios")) {
      List<Analyst> team = analysts(spec);
      if (team.isEmpty()) {
        return List.of(new Section(heading, level, List.of(ctx.noData(ctx.lang() == Lang.ZH ? "分析师名录" : "analysts registry"))));
      }
      return List.of(new Section(heading, level, CoverSections.bios(ctx, team)));
    }
    String headline = ctx.lang() == Lang.EN ? spec.text("headline_en", spec.text("headline", "")) : spec.text("headline", "");
    CoverSections.Cover cover = new CoverSections.Cover(headline, rating(spec).orElse(null), analysts(spec),
        relative(spec), ctx.lang() == Lang.ZH ? spec.text("chart_title", "市场走势") : spec.text("chart_title_en", "Relative performance"),
        related(spec));
    return List.of(new Section(heading, level, CoverSections.cover(ctx, cover)));
  }

  /** The analysts the section names ({@code analysts: [id …]}), or everyone in the registry in its order. */
  private List<Analyst> analysts(SectionSpec spec) {
    Optional<byte[]> file = sources.bytes(TeamRegistries.ANALYSTS);
    if (file.isEmpty()) {
      sources.noteMissing("analysts");
      return List.of();
    }
    List<Analyst> all = TeamRegistries.analysts(file.get());
    List<String> ids = spec.list("analysts");
    if (ids.isEmpty()) {
      return all;
    }
    List<Analyst> out = new ArrayList<>();
    for (String id : ids) {
      out.add(all.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
          spec.where() + " (" + spec.type() + "): [analysts] names '" + id + "', which " + TeamRegistries.ANALYSTS
              + " does not list")));
    }
    return out;
  }

  private Optional<CoverSections.SectorRating> rating(SectionSpec spec) {
    String sectorName = ctx.lang() == Lang.EN ? spec.text("sector_en", sector) : spec.text("sector", sector);
    String tier = spec.text("rating", "");
    if (!tier.isEmpty()) {
      return Optional.of(new CoverSections.SectorRating(sectorName, tier, spec.text("rating_change", "")));
    }
    String code = spec.text("rating_code", spec.text("sector_index", ""));
    if (code.isEmpty()) {
      return Optional.empty();
    }
    String scheme = spec.text("rating_scheme", "");
    List<PublishedRating> book = sources.ratingsOf(code).stream()
        .filter(r -> !r.date().isAfter(date) && (scheme.isEmpty() || r.scheme().equals(scheme)))
        .sorted(Comparator.comparing(PublishedRating::date)).toList();
    if (book.isEmpty()) {
      sources.noteMissing("industry rating of " + code);
      return Optional.empty();
    }
    PublishedRating now = book.get(book.size() - 1);
    List<PublishedRating> before = book.stream().filter(r -> r.scheme().equals(now.scheme()) && r != now).toList();
    String change;
    if (before.isEmpty()) {
      change = ctx.lang() == Lang.ZH ? "首次" : "initiated";
    } else {
      String prev = before.get(before.size() - 1).tier();
      List<String> order = sources.tierOrder(now.scheme());
      int a = order.indexOf(prev);
      int b = order.indexOf(now.tier());
      if (prev.equals(now.tier())) {
        change = ctx.lang() == Lang.ZH ? "维持" : "maintained";
      } else if (a >= 0 && b >= 0) {
        // tiers run from the best to the worst
        change = b < a ? (ctx.lang() == Lang.ZH ? "上调" : "upgraded") : (ctx.lang() == Lang.ZH ? "下调" : "downgraded");
      } else {
        change = ctx.lang() == Lang.ZH ? "调整" : "changed";
      }
    }
    return Optional.of(new CoverSections.SectorRating(sectorName, now.tier(), change));
  }

  private ChartSpec.Lines relative(SectionSpec spec) {
    String sectorIndex = spec.text("sector_index", "");
    String base = spec.text("base_index", "");
    if (sectorIndex.isEmpty() || base.isEmpty()) {
      return null;
    }
    int months = spec.integer("months", 12);
    LocalDate start = date.minusMonths(months);
    List<ChartSpec.LineSeries> series = new ArrayList<>();
    for (String code : List.of(sectorIndex, base)) {
      Optional<Security> known = sources.reference().security(code);
      if (known.isEmpty()) {
        // a built-in layout names indices a workspace may not follow: the cover goes without its chart
        sources.noteMissing("index " + code + " (cover chart)");
        return null;
      }
      Security s = known.get();
      PriceHistory h = sources.market().histories(List.of(code), start.minusDays(14), date).get(code);
      List<RelativePerformance.Point> path = h == null ? List.of() : RelativePerformance.rebased(h, start, date.minusDays(1));
      if (path.size() < 2) {
        sources.noteMissing("index levels of " + code);
        return null;
      }
      series.add(new ChartSpec.LineSeries(ctx.name(s), path.stream().map(RelativePerformance.Point::date).toList(),
          path.stream().map(RelativePerformance.Point::change).toList(), false));
    }
    return new ChartSpec.Lines(series, List.of(new ChartSpec.RefLine("0%", 0, true)), NumberStyle.percent(0), "", "");
  }

  private List<Publication> related(SectionSpec spec) {
    int n = spec.integer("related", 5);
    if (n <= 0) {
      return List.of();
    }
    Optional<byte[]> file = sources.bytes(TeamRegistries.PUBLICATIONS);
    if (file.isEmpty()) {
      sources.noteMissing("publications");
      return List.of();
    }
    List<String> sectors = spec.list("related_sectors");
    return TeamRegistries.publications(file.get()).stream()
        .filter(p -> p.date().isBefore(date) && (sectors.isEmpty() || sectors.contains(p.sector())))
        .sorted(Comparator.comparing(Publication::date).reversed()).limit(n).toList();
  }
}
