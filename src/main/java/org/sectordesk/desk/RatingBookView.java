package org.sectordesk.desk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.sectordesk.desk.json.GroupRowSerializer;
import org.sectordesk.desk.json.Percent;
import java.util.List;

/**
 * The scored rating book as the faces print it. Returns and rates are unrounded fractions (0.052 = 5.2%); NaN
 * where there is no value.
 */
@JsonPropertyOrder({"as_of", "summary", "by_analyst", "by_scheme", "by_year", "overall", "confusion", "ratings"})
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
  public record Stats(int count, int scored, int judged, int hits, double hitRate,
      @Percent @JsonProperty("avg_excess_pct") double avgExcess,
      @Percent @JsonProperty("median_excess_pct") double medianExcess, int pending, double sharePending, int stale) {}

  /** One published tier of one scheme and target. */
  public record TierRow(String scheme, String target, String tier, @JsonUnwrapped Stats stats) {}

  /** An analyst, a scheme id or a year; {@code keyName} names the key in JSON ("analyst", "scheme", "year"). */
  @JsonSerialize(using = GroupRowSerializer.class)
  public record GroupRow(String keyName, String key, Stats stats) {}

  /** Published (rows) against realised (columns) tier of the judged ratings of one scheme and target. */
  public record Confusion(String scheme, String target, List<String> published, List<String> realised,
      List<List<Integer>> counts) {}

  /** One rating and its outcome. */
  @JsonPropertyOrder({"code", "name", "date"})
  public record Rated(LocalDate date, String code, String name, String scheme, String target, String tier,
      String analyst, double targetPrice, @JsonIgnore String title, String benchmark,
      @Percent @JsonProperty("excess_6m_pct") double excess6m, @Percent @JsonProperty("excess_12m_pct") double excess12m,
      @Percent @JsonProperty("excess_pct") double excess, @Percent @JsonProperty("return_pct") double stockReturn,
      @Percent @JsonProperty("benchmark_return_pct") double benchmarkReturn, LocalDate evaluatedTo,
      String realisedTier, Boolean hit, Boolean inBandToday, String status, LocalDate replacedOn, String note) {}
}
