package org.sectordesk.ratings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rating book in aggregate: by scheme and tier, by analyst, by scheme, by year of publication, and a
 * confusion matrix of published against realised tier for each scheme and target.
 */
public record RatingBookSummary(List<TierStats> byTier, List<GroupStats> byAnalyst, List<GroupStats> byScheme,
    List<GroupStats> byYear, List<ConfusionMatrix> confusion, BookStats overall) {

  /** Stats of one published tier of one scheme. */
  public record TierStats(String scheme, RatingTarget target, String tier, BookStats stats) {}

  /** Stats of one group (an analyst, a scheme id or a year). */
  public record GroupStats(String key, BookStats stats) {}

  /**
   * Judged ratings of one scheme and target, counted by published tier (rows) and realised tier (columns), both in
   * the scale's order; {@code counts[i][j]} rated {@code published.get(i)}, realised {@code realised.get(j)}.
   */
  public record ConfusionMatrix(String scheme, RatingTarget target, List<String> published, List<String> realised,
      int[][] counts) {}

  public RatingBookSummary {
    byTier = List.copyOf(byTier);
    byAnalyst = List.copyOf(byAnalyst);
    byScheme = List.copyOf(byScheme);
    byYear = List.copyOf(byYear);
    confusion = List.copyOf(confusion);
  }

  public static RatingBookSummary of(List<ScoredRating> book, Map<String, RatingScheme> schemes) {
    Map<String, List<ScoredRating>> tiers = new LinkedHashMap<>();
    Map<String, List<ScoredRating>> analysts = new TreeMap<>();
    Map<String, List<ScoredRating>> schemeGroups = new TreeMap<>();
    Map<String, List<ScoredRating>> years = new TreeMap<>();
    for (ScoredRating s : book) {
      tiers.computeIfAbsent(s.rating().scheme() + "\u0000" + s.target() + "\u0000" + s.rating().tier(),
          k -> new ArrayList<>()).add(s);
      analysts.computeIfAbsent(s.rating().analyst().isEmpty() ? "(none)" : s.rating().analyst(),
          k -> new ArrayList<>()).add(s);
      schemeGroups.computeIfAbsent(s.rating().scheme(), k -> new ArrayList<>()).add(s);
      years.computeIfAbsent(Integer.toString(s.rating().date().getYear()), k -> new ArrayList<>()).add(s);
    }
    List<TierStats> byTier = new ArrayList<>();
    tiers.forEach((k, list) -> {
      ScoredRating first = list.get(0);
      byTier.add(new TierStats(first.rating().scheme(), first.target(), first.rating().tier(), BookStats.of(list)));
    });
    byTier.sort(Comparator.comparing(TierStats::scheme).thenComparing(TierStats::target)
        .thenComparingInt(t -> tierIndex(schemes, t.scheme(), t.target(), t.tier())).thenComparing(TierStats::tier));

    List<ConfusionMatrix> confusion = new ArrayList<>();
    for (Map.Entry<String, List<ScoredRating>> e : schemeGroups.entrySet()) {
      RatingScheme scheme = schemes.get(e.getKey());
      if (scheme == null) {
        continue;
      }
      for (RatingTarget target : RatingTarget.values()) {
        TierScale scale = scheme.scale(target).orElse(null);
        List<ScoredRating> judged = e.getValue().stream()
            .filter(s -> s.target() == target && s.status().judged() && !s.realisedTier().isEmpty()).toList();
        if (scale == null || judged.isEmpty()) {
          continue;
        }
        List<String> published = scale.tierNames();
        List<String> realised = scale.tiers().stream().filter(Tier::rated).map(Tier::name).toList();
        int[][] counts = new int[published.size()][realised.size()];
        for (ScoredRating s : judged) {
          int i = published.indexOf(s.rating().tier());
          int j = realised.indexOf(s.realisedTier());
          if (i >= 0 && j >= 0) {
            counts[i][j]++;
          }
        }
        confusion.add(new ConfusionMatrix(scheme.id(), target, published, realised, counts));
      }
    }
    return new RatingBookSummary(byTier, groups(analysts), groups(schemeGroups), groups(years), confusion,
        BookStats.of(book));
  }

  private static List<GroupStats> groups(Map<String, List<ScoredRating>> m) {
    List<GroupStats> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new GroupStats(k, BookStats.of(v))));
    return out;
  }

  private static int tierIndex(Map<String, RatingScheme> schemes, String scheme, RatingTarget target, String tier) {
    RatingScheme s = schemes.get(scheme);
    if (s == null || s.scale(target).isEmpty()) {
      return Integer.MAX_VALUE;
    }
    int i = s.scale(target).get().tierNames().indexOf(tier);
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
