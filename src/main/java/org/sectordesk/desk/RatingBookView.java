package org.sectordesk.desk;

import java.time.LocalDate;
import java.util.List;

/**
 * The scored rating book as the faces print it. Returns and rates are unrounded fractions (0.052 = 5.2%); NaN
 * where there is no value.
 */
public record RatingBookView(LocalDate asOf, List<TierRow> summary, List<GroupRow> byAnalyst, List<GroupRow> byScheme,
    List<GroupRow> byYear, List<Confusion> confusion, Stats overall, List<Rated> ratings) {

  public RatingBookView {
    summary = List.copyOf(summary);
    byAnalyst = List.copyOf(byAnalyst);
    byScheme = List.copyOf(byScheme);
    byYear = List.copyOf(byYear);
    confusion = List.copyOf(confusion);
    ratings = List.copyOf(ratings);
  }

  /** Counts and outcomes of a group; see the README for each field. */
  public record Stats(int count, int scored, int judged, int hits, double hitRate, double avgExcess,
      double medianExcess, int pending, double sharePending) {}

  /** One published tier of one scheme and target. */
  public record TierRow(String scheme, String target, String tier, Stats stats) {}

  /** An analyst, a scheme id or a year. */
  public record GroupRow(String key, Stats stats) {}

  /** Published (rows) against realised (columns) tier of the judged ratings of one scheme and target. */
  public record Confusion(String scheme, String target, List<String> published, List<String> realised,
      List<List<Integer>> counts) {}

  /** One rating and its outcome. */
  public record Rated(LocalDate date, String code, String name, String scheme, String target, String tier,
      String analyst, double targetPrice, String title, String benchmark, double excess6m, double excess12m,
      double excess, double stockReturn, double benchmarkReturn, LocalDate evaluatedTo, String realisedTier,
      Boolean hit, Boolean inBandToday, String status, LocalDate replacedOn, String note) {}
}
