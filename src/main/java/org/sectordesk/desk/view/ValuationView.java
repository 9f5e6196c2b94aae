package org.sectordesk.desk.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.sectordesk.analytics.ValuationStats;
import org.sectordesk.desk.json.Percent;

/** {@code desk valuation}: an index's PE-TTM on a day and where it stands since the series began. */
public record ValuationView(String code, String name, LocalDate asOf, LocalDate date, double peTtm,
    @Percent @JsonProperty("percentile_pct") double percentile, double mean, double stdDev,
    @JsonProperty("mean_plus_1sd") double upperBand, @JsonProperty("mean_minus_1sd") double lowerBand,
    int observations, int excludedNonpositive, LocalDate since) {

  public static ValuationView of(ValuationStats v, String name) {
    return new ValuationView(v.code(), name, v.asOf(), v.date(), v.peTtm(), v.percentile(), v.mean(), v.stdDev(),
        v.upperBand(), v.lowerBand(), v.count(), v.excludedNonpositive(), v.since());
  }
}
