package org.sectordesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.MetricPeriod;
import org.sectordesk.domain.MetricPoint;

class MetricSeriesTest {

  private static MetricPoint q(int y, int q, double v, boolean est) {
    return new MetricPoint("GOOGL.O", "capex", MetricPeriod.quarter(y, q), v, "亿美元", "USD", "10-Q", est);
  }

  private static MetricSeries quarters() {
    List<MetricPoint> pts = new ArrayList<>(List.of(q(2023, 1, 63, false), q(2023, 2, 69, false), q(2023, 3, 81, false),
        q(2023, 4, 110, false), q(2024, 1, 120, false), q(2024, 2, 132, false), q(2024, 4, 143, false),
        q(2025, 1, 172, true)));
    return new MetricSeries("GOOGL.O", "capex", "亿美元", pts);
  }

  @Test
  void growthAgainstTheComparablePeriodOrNull() {
    MetricSeries s = quarters();
    assertThat(s.yoyPct(MetricPeriod.quarter(2024, 1))).isCloseTo((120.0 / 63 - 1) * 100, within(1e-12));
    assertThat(s.qoqPct(MetricPeriod.quarter(2024, 2))).isCloseTo(10.0, within(1e-12));
    assertThat(s.qoqPct(MetricPeriod.quarter(2024, 4))).as("2024Q3 missing").isNull();
    assertThat(s.yoyPct(MetricPeriod.quarter(2023, 1))).as("no 2022Q1").isNull();
    assertThat(s.momPct(MetricPeriod.quarter(2024, 2))).as("not a month").isNull();
  }

  @Test
  void aBaseThatIsZeroOrNegativeGivesNoGrowth() {
    assertThat(MetricSeries.growthPct(5.0, 0.0)).isNull();
    assertThat(MetricSeries.growthPct(5.0, -2.0)).isNull();
    assertThat(MetricSeries.growthPct(null, 2.0)).isNull();
  }

  @Test
  void trailingTwelveMonthsAndYearSumsNeedEveryQuarter() {
    MetricSeries s = quarters();
    assertThat(s.ttm(MetricPeriod.quarter(2024, 2))).isEqualTo(81 + 110 + 120 + 132.0);
    assertThat(s.ttm(MetricPeriod.quarter(2024, 4))).as("2024Q3 missing").isNull();
    List<MetricPoint> years = s.annualSums();
    assertThat(years).hasSize(1);
    assertThat(years.get(0).period()).isEqualTo(MetricPeriod.year(2023));
    assertThat(years.get(0).value()).isEqualTo(323.0);
  }

  @Test
  void cagrAndRebasing() {
    List<MetricPoint> pts = List.of(
        new MetricPoint("CN", "ad_revenue", MetricPeriod.year(2020), 100, "亿元", "", "", false),
        new MetricPoint("CN", "ad_revenue", MetricPeriod.year(2023), 133.1, "亿元", "", "", false));
    MetricSeries s = new MetricSeries("CN", "ad_revenue", "亿元", pts);
    assertThat(s.cagrPct(MetricPeriod.year(2020), MetricPeriod.year(2023))).isCloseTo(10.0, within(1e-9));
    assertThat(s.cagrPct(MetricPeriod.year(2020), MetricPeriod.year(2021))).isNull();
    assertThat(s.rebased(MetricPeriod.year(2020), false).get(MetricPeriod.year(2023))).isCloseTo(133.1, within(1e-9));
    assertThat(s.rebased(MetricPeriod.year(2020), true).get(MetricPeriod.year(2023))).isCloseTo(33.1, within(1e-9));
    assertThat(s.rebased(MetricPeriod.year(2019), true)).isEmpty();
  }

  @Test
  void shareRatioAndGap() {
    assertThat(SeriesMeasures.sharePct(25.0, 200.0)).isEqualTo(12.5);
    assertThat(SeriesMeasures.shareOfSumPct(1.0, java.util.Arrays.asList(1.0, 3.0))).isEqualTo(25.0);
    assertThat(SeriesMeasures.shareOfSumPct(1.0, java.util.Arrays.asList(1.0, null))).isNull();
    assertThat(SeriesMeasures.ratio(143.0, 0.0)).isNull();
    assertThat(SeriesMeasures.ratio(143.0, 119.6)).isCloseTo(143 / 119.6, within(1e-12));
    assertThat(SeriesMeasures.gapPp(12.0, 20.5)).isEqualTo(-8.5);
    assertThat(SeriesMeasures.gapPp(null, 20.5)).isNull();
  }
}
