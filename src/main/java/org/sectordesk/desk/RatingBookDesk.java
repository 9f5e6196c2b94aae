package org.sectordesk.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.PublishedRating;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityKind;
import org.sectordesk.ratings.BookStats;
import org.sectordesk.ratings.RatedName;
import org.sectordesk.ratings.RatingBookSummary;
import org.sectordesk.ratings.RatingHistory;
import org.sectordesk.ratings.RatingScheme;
import org.sectordesk.ratings.RatingScorer;
import org.sectordesk.ratings.RatingTarget;
import org.sectordesk.ratings.ScoredRating;
import org.sectordesk.store.DuckDbRatingStore;
import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;

/** {@code desk ratings list} and {@code desk ratings score}: the rating book and how each rating fared. */
public final class RatingBookDesk {
  private final Workspace ws;
  private final MarketStore market;

  public RatingBookDesk(Workspace ws, MarketStore market) {
    this.ws = Objects.requireNonNull(ws, "ws");
    this.market = Objects.requireNonNull(market, "market");
  }

  /** The rating book of a workspace, reading prices from its market store. */
  public static RatingBookDesk open(Workspace ws) {
    return new RatingBookDesk(ws, WorkspaceMarket.of(ws));
  }

  /** {@code ratings list} needs no prices. */
  public static List<Listed> listOnly(Workspace ws, String scheme, String analyst) {
    return list(ws, scheme, analyst);
  }

  /** A company's share, or an industry when the workspace lists the code among its indices. */
  static RatingTarget targetOf(Security s) {
    return s.kind() == SecurityKind.INDEX ? RatingTarget.INDUSTRY : RatingTarget.STOCK;
  }

  /** One line of {@code ratings list}. */
  public record Listed(LocalDate date, String code, String name, String scheme, String tier, double targetPrice,
      String analyst, String title, LocalDate replacedOn) {}

  /** Every stored rating in date order (optionally one scheme or analyst), with the date it was replaced. */
  public List<Listed> list(String scheme, String analyst) {
    return list(ws, scheme, analyst);
  }

  private static List<Listed> list(Workspace ws, String scheme, String analyst) {
    List<PublishedRating> all = new DuckDbRatingStore(ws.database()).all();
    RatingHistory history = new RatingHistory(all);
    List<Listed> out = new ArrayList<>();
    for (PublishedRating r : all) {
      if (!matches(r, scheme, analyst)) {
        continue;
      }
      out.add(new Listed(r.date(), r.code(), name(ws, r.code()), r.scheme(), r.tier(), r.targetPrice(), r.analyst(),
          r.title(), history.replacedOn(r).orElse(null)));
    }
    return out;
  }

  /**
   * Scores the book.
   *
   * @param asOf    null for the latest day with benchmark closes
   * @param scheme  only ratings under this scheme id (null for all)
   * @param analyst only this analyst's ratings (null for all)
   */
  public RatingBookView score(LocalDate asOf, String scheme, String analyst) {
    SchemeLibrary library = SchemeLibrary.forWorkspace(ws.dir());
    if (scheme != null && library.scheme(scheme).isEmpty()) {
      throw new IllegalArgumentException("unknown scheme '" + scheme + "'; known: "
          + String.join(", ", library.all().keySet().stream().sorted().toList()));
    }
    List<PublishedRating> all = new DuckDbRatingStore(ws.database()).all();
    Function<String, RatedName> names = this::ratedName;
    Set<String> codes = new LinkedHashSet<>();
    Set<String> benchmarks = new LinkedHashSet<>();
    LocalDate first = null;
    for (PublishedRating r : all) {
      codes.add(r.code());
      RatingScheme s = library.all().get(r.scheme());
      RatedName n = names.apply(r.code());
      if (s != null) {
        s.benchmarkFor(r.code(), n.market()).ifPresent(benchmarks::add);
      }
      first = first == null || r.date().isBefore(first) ? r.date() : first;
    }
    codes.addAll(benchmarks);
    Map<String, PriceHistory> prices = new HashMap<>();
    if (!codes.isEmpty()) {
      prices.putAll(market.histories(codes, first.minusMonths(1), asOf == null ? LocalDate.of(9999, 12, 31) : asOf));
    }
    if (asOf == null) {
      asOf = benchmarks.stream().map(prices::get).filter(h -> h != null && !h.isEmpty()).map(PriceHistory::lastDate)
          .max(LocalDate::compareTo).orElse(null);
      if (asOf == null) {
        throw new IllegalArgumentException("no benchmark closes stored for the rated names; import index levels or pass --as-of");
      }
    }
    RatingScorer scorer = new RatingScorer(library.all(), names,
        code -> prices.getOrDefault(code, PriceHistory.empty(code)));
    List<ScoredRating> scored = scorer.score(all, asOf);
    List<ScoredRating> selected = scored.stream().filter(s -> matches(s.rating(), scheme, analyst)).toList();
    return view(asOf, selected, library.all());
  }

  /** Turns scored ratings and their summary into the view the faces print. */
  public RatingBookView view(LocalDate asOf, List<ScoredRating> scored, Map<String, RatingScheme> schemes) {
    RatingBookSummary summary = RatingBookSummary.of(scored, schemes);
    List<RatingBookView.TierRow> tiers = summary.byTier().stream()
        .map(t -> new RatingBookView.TierRow(t.scheme(), t.target().label(), t.tier(), stats(t.stats()))).toList();
    List<RatingBookView.Confusion> confusion = new ArrayList<>();
    for (RatingBookSummary.ConfusionMatrix m : summary.confusion()) {
      List<List<Integer>> counts = new ArrayList<>();
      for (int[] row : m.counts()) {
        List<Integer> l = new ArrayList<>();
        for (int c : row) {
          l.add(c);
        }
        counts.add(l);
      }
      confusion.add(new RatingBookView.Confusion(m.scheme(), m.target().label(), m.published(), m.realised(), counts));
    }
    List<RatingBookView.Rated> rated = new ArrayList<>();
    for (ScoredRating s : scored) {
      PublishedRating r = s.rating();
      rated.add(new RatingBookView.Rated(r.date(), r.code(), name(r.code()), r.scheme(), s.target().label(), r.tier(),
          r.analyst(), r.targetPrice(), r.title(), s.benchmark(), s.excess6m(), s.excess12m(), s.excess(),
          s.stockReturn(), s.benchmarkReturn(), s.evaluatedTo(), s.realisedTier(), s.hit(), s.inBandToday(),
          s.status().id(), s.replacedOn(), s.note()));
    }
    return new RatingBookView(asOf, tiers, groups("analyst", summary.byAnalyst()), groups("scheme", summary.byScheme()),
        groups("year", summary.byYear()), confusion, stats(summary.overall()), rated);
  }

  private static List<RatingBookView.GroupRow> groups(String keyName, List<RatingBookSummary.GroupStats> l) {
    return l.stream().map(g -> new RatingBookView.GroupRow(keyName, g.key(), stats(g.stats()))).toList();
  }

  private static RatingBookView.Stats stats(BookStats b) {
    return new RatingBookView.Stats(b.count(), b.scored(), b.judged(), b.hits(), b.hitRate(), b.avgExcess(),
        b.medianExcess(), b.pending(), b.sharePending(), b.stale());
  }

  private static boolean matches(PublishedRating r, String scheme, String analyst) {
    return (scheme == null || r.scheme().equalsIgnoreCase(scheme)) && (analyst == null || r.analyst().equals(analyst));
  }

  private RatedName ratedName(String code) {
    Security s = ws.reference().security(code).orElse(null);
    if (s != null) {
      return new RatedName(code, s.market(), targetOf(s), s.delisted());
    }
    return new RatedName(code, Market.ofCode(code), code.endsWith(".SI") ? RatingTarget.INDUSTRY : RatingTarget.STOCK);
  }

  private String name(String code) {
    return name(ws, code);
  }

  private static String name(Workspace ws, String code) {
    return ws.reference().security(code).map(Security::displayName).orElse("");
  }
}
