package org.sectordesk.ratings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sectordesk.analytics.PeriodReturns;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.PublishedRating;

/**
 * Scores the rating book: every rating's excess return over its scheme's benchmark, the realised tier and hit or
 * miss. Pure: schemes, names, price histories and the as-of date are passed in.
 *
 * <p>Conventions (also in the README):
 * <ul>
 *   <li>Returns use adjusted closes: the last close on or before a date over the last close on or before the
 *       rating's date, minus 1, for the name and its benchmark alike (missing benchmark days and suspensions
 *       therefore use the last close before them). Excess = name return - benchmark return.</li>
 *   <li>Horizon dates are the publication date plus whole calendar months ({@code plusMonths}).</li>
 *   <li>A rating holds until the next rating on the same code (any scheme). Ratings dated after the as-of date
 *       are ignored.</li>
 *   <li>The data end is the as-of date, or the benchmark's last close when that is earlier.</li>
 *   <li>A name with a recorded delisting day (desk.yaml {@code delisted:}, the first day without trading) on or
 *       before the evaluation end is delisted and judged to its last close before that day. A name whose data
 *       simply ends before the benchmark's last close up to the evaluation end is stale: no score, no verdict,
 *       left out of the aggregates (counted). A gap followed by more closes is a suspension and is bridged by the
 *       last close before it.</li>
 *   <li>A 6-month scheme is judged on the excess at 6 months. A "6 to 12 months" scheme is a hit when the excess
 *       lies in the tier's band at any checkpoint of the window: the 6-month date, every calendar month-end after
 *       it, and the 12-month date (each up to the evaluation end). The realised tier uses the excess at the
 *       evaluation end.</li>
 * </ul>
 */
public final class RatingScorer {
  private final Map<String, RatingScheme> schemes;
  private final Function<String, RatedName> names;
  private final Function<String, PriceHistory> prices;

  /**
   * @param schemes scheme by id
   * @param names   what each rated code is (market, company or industry)
   * @param prices  the adjusted-close history of a code (names and benchmarks); an empty history when none
   */
  public RatingScorer(Map<String, RatingScheme> schemes, Function<String, RatedName> names,
      Function<String, PriceHistory> prices) {
    this.schemes = Map.copyOf(schemes);
    this.names = Objects.requireNonNull(names, "names");
    this.prices = Objects.requireNonNull(prices, "prices");
  }

  /** Scores every rating dated on or before {@code asOf}; the result is in date order, then code. */
  public List<ScoredRating> score(List<PublishedRating> ratings, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<PublishedRating> held = new ArrayList<>();
    for (PublishedRating r : ratings) {
      if (!r.date().isAfter(asOf)) {
        held.add(r);
      }
    }
    held.sort(Comparator.comparing(PublishedRating::code).thenComparing(PublishedRating::date));
    List<ScoredRating> out = new ArrayList<>(held.size());
    for (int i = 0; i < held.size(); i++) {
      PublishedRating r = held.get(i);
      LocalDate next = i + 1 < held.size() && held.get(i + 1).code().equals(r.code()) ? held.get(i + 1).date() : null;
      out.add(scoreOne(r, next, asOf));
    }
    out.sort(Comparator.comparing((ScoredRating s) -> s.rating().date()).thenComparing(s -> s.rating().code()));
    return out;
  }

  /** Scores one rating that holds until {@code replacedOn} (null when it still holds). */
  public ScoredRating scoreOne(PublishedRating r, LocalDate replacedOn, LocalDate asOf) {
    RatedName name = names.apply(r.code());
    RatingScheme scheme = schemes.get(r.scheme());
    if (scheme == null) {
      return unscored(r, name == null ? RatingTarget.STOCK : name.target(), "", replacedOn, "unknown scheme " + r.scheme());
    }
    if (name == null) {
      return unscored(r, RatingTarget.STOCK, "", replacedOn, "unknown code " + r.code());
    }
    Optional<TierScale> scaleOpt = scheme.scale(name.target());
    if (scaleOpt.isEmpty()) {
      return unscored(r, name.target(), "", replacedOn, "scheme " + scheme.id() + " has no " + name.target().label() + " scale");
    }
    TierScale scale = scaleOpt.get();
    Optional<Tier> tier = scale.tier(r.tier());
    if (tier.isEmpty()) {
      return unscored(r, name.target(), "", replacedOn, "tier " + r.tier() + " is not in scheme " + scheme.id());
    }
    Optional<String> benchOpt = scheme.benchmarkFor(r.code(), name.market());
    if (benchOpt.isEmpty()) {
      return unscored(r, name.target(), "", replacedOn, "scheme " + scheme.id() + " names no benchmark for "
          + scheme.venueOf(r.code(), name.market()));
    }
    String bench = benchOpt.get();
    PriceHistory s = prices.apply(r.code());
    PriceHistory b = prices.apply(bench);
    LocalDate d = r.date();
    int si = s == null ? -1 : s.indexOnOrBefore(d);
    int bi = b == null ? -1 : b.indexOnOrBefore(d);
    if (si < 0) {
      return unscored(r, name.target(), bench, replacedOn, "no close of " + r.code() + " on or before " + d);
    }
    if (bi < 0) {
      return unscored(r, name.target(), bench, replacedOn, "no close of benchmark " + bench + " on or before " + d);
    }

    LocalDate horizonFrom = d.plusMonths(scale.horizonFromMonths());
    LocalDate horizonEnd = d.plusMonths(scale.horizonToMonths());
    LocalDate dataEnd = min(asOf, b.lastDate());
    LocalDate holdEnd = replacedOn == null ? dataEnd : min(dataEnd, replacedOn);

    LocalDate evalEnd = min(horizonEnd, holdEnd);
    RatingStatus status;
    if (replacedOn != null && replacedOn.isBefore(horizonEnd) && !replacedOn.isAfter(dataEnd)) {
      status = RatingStatus.SUPERSEDED;
    } else if (horizonEnd.isAfter(dataEnd)) {
      status = RatingStatus.PENDING;
    } else {
      status = RatingStatus.SCORED;
    }
    // the day the name's data must reach: the benchmark's last close up to the evaluation end, or before a delisting
    LocalDate delisted = name.delisted();
    boolean delistedBefore = delisted != null && !delisted.isAfter(evalEnd);
    int need = delistedBefore ? b.indexBefore(delisted) : b.indexOnOrBefore(evalEnd);
    LocalDate mustReach = need < 0 ? d : b.date(need);
    int last = delistedBefore ? s.indexBefore(delisted) : s.indexOnOrBefore(evalEnd);
    boolean goesOn = s.lastDate().isAfter(evalEnd) && !delistedBefore;
    if (!goesOn && (last < 0 || s.date(last).isBefore(mustReach))) {
      LocalDate through = s.lastDate();
      LocalDate usable = min(holdEnd, through);
      return new ScoredRating(r, name.target(), bench, excessBy(s, b, si, bi, d.plusMonths(6), usable),
          excessBy(s, b, si, bi, d.plusMonths(12), usable), null, Double.NaN, Double.NaN, Double.NaN, "", null, null,
          RatingStatus.STALE, replacedOn, "stale: data of " + r.code() + " ends " + through + ", before " + mustReach
              + (delistedBefore ? " (the last close before its delisting on " + delisted + ")"
                  : " (the benchmark's last close by " + evalEnd + "); no delisting is recorded in desk.yaml"));
    }
    LocalDate usable = holdEnd;
    if (delistedBefore) {
      status = RatingStatus.DELISTED;
      evalEnd = s.date(last).isBefore(d) ? d : s.date(last);
      usable = min(holdEnd, evalEnd);
    }
    LocalDate at6 = d.plusMonths(6);
    LocalDate at12 = d.plusMonths(12);
    double x6 = excessBy(s, b, si, bi, at6, usable);
    double x12 = excessBy(s, b, si, bi, at12, usable);

    double sRet = ret(s, si, evalEnd);
    double bRet = ret(b, bi, evalEnd);
    double x = PeriodReturns.excess(sRet, bRet);
    String realised = scale.realisedTier(x).map(Tier::name).orElse("");

    boolean inBand = false;
    if (tier.get().rated()) {
      for (LocalDate p : checkpoints(scale, horizonFrom, horizonEnd, evalEnd)) {
        if (tier.get().band().contains(excess(s, b, si, bi, p))) {
          inBand = true;
          break;
        }
      }
    }
    Boolean hit = tier.get().rated() && status.judged() ? inBand : null;
    Boolean today = tier.get().rated() && !status.judged() ? inBand : null;
    return new ScoredRating(r, name.target(), bench, x6, x12, evalEnd, sRet, bRet, x, realised, hit, today, status,
        replacedOn, "");
  }

  /** The dates a rating's excess is checked at for hit or miss, up to {@code evalEnd}. */
  static List<LocalDate> checkpoints(TierScale scale, LocalDate horizonFrom, LocalDate horizonEnd, LocalDate evalEnd) {
    List<LocalDate> points = new ArrayList<>();
    if (!scale.hasWindow() || evalEnd.isBefore(horizonFrom)) {
      points.add(evalEnd);
      return points;
    }
    LocalDate end = min(horizonEnd, evalEnd);
    points.add(horizonFrom);
    YearMonth m = YearMonth.from(horizonFrom);
    while (true) {
      LocalDate monthEnd = m.atEndOfMonth();
      if (monthEnd.isAfter(end)) {
        break;
      }
      if (monthEnd.isAfter(horizonFrom)) {
        points.add(monthEnd);
      }
      m = m.plusMonths(1);
    }
    if (!points.get(points.size() - 1).equals(end)) {
      points.add(end);
    }
    return points;
  }

  /** The excess at {@code day} when the data reach it ({@code day} on or before {@code usable}), else NaN. */
  private static double excessBy(PriceHistory s, PriceHistory b, int sBase, int bBase, LocalDate day, LocalDate usable) {
    return day.isAfter(usable) ? Double.NaN : excess(s, b, sBase, bBase, day);
  }

  private static double excess(PriceHistory s, PriceHistory b, int sBase, int bBase, LocalDate day) {
    return PeriodReturns.excess(ret(s, sBase, day), ret(b, bBase, day));
  }

  /**
   * The house period return ({@link PeriodReturns}) of a period starting the day after the rating: the adjusted
   * close of the last day on or before {@code day} over the adjusted close at {@code base} (the last day on or
   * before the rating date), minus 1. Computed on indices because a book of 100,000 ratings asks it millions of
   * times; {@link #periodReturn} is the same through {@link PeriodReturns} and a test holds the two equal.
   */
  static double ret(PriceHistory h, int base, LocalDate day) {
    int i = h.indexOnOrBefore(day);
    if (i <= base) {
      return 0.0;
    }
    return h.adjClose(i) / h.adjClose(base) - 1;
  }

  /** The same return through {@link PeriodReturns}, for the equivalence test. */
  static double periodReturn(PriceHistory h, LocalDate ratingDate, LocalDate day) {
    if (!day.isAfter(ratingDate)) {
      return 0.0;
    }
    return PeriodReturns.compute(h, Period.custom(ratingDate.plusDays(1), day)).value();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static ScoredRating unscored(PublishedRating r, RatingTarget target, String bench, LocalDate replacedOn, String note) {
    return new ScoredRating(r, target, bench, Double.NaN, Double.NaN, null, Double.NaN, Double.NaN, Double.NaN, "",
        null, null, RatingStatus.PENDING, replacedOn, note);
  }
}
