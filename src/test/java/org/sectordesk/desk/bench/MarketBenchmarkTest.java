package org.sectordesk.desk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.Market;

/** The benchmark's code path on a tiny market (50 securities, 1 year): results must agree with the SQL baselines. */
class MarketBenchmarkTest {
  @TempDir
  Path dir;

  @Test
  void aSmallMarketRunsTheWholePathAndAgreesWithTheSqlBaselines() {
    List<String> progress = new ArrayList<>();
    MarketBenchmark.Options o = new MarketBenchmark.Options(50, 1, YearMonth.of(2025, 6), 2, 1, dir, 7L, null);
    MarketBenchmark.Result r = new MarketBenchmark(progress::add).run(o);

    assertThat(r.bars()).isBetween(50L * 230, 50L * 262);
    assertThat(r.importRate().runs()).isEqualTo(1);
    assertThat(r.review().runs()).isEqualTo(2);
    assertThat(r.straightSql().runs()).isEqualTo(2);
    // every code with a close on or before the month end has a return, the same in SQL to the last bit
    SyntheticMarket market = new SyntheticMarket(50, 1, YearMonth.of(2025, 12), YearMonth.of(2025, 6), 7L);
    long listedByMonthEnd = market.listings().stream()
        .filter(l -> !l.listed().isAfter(YearMonth.of(2025, 6).atEndOfMonth())).count();
    assertThat(r.reviewCodes()).isEqualTo(r.sqlCodes()).isEqualTo((int) listedByMonthEnd).isGreaterThan(40);
    assertThat(r.maxDiffVsSql()).isLessThan(1e-12);
    assertThat(r.pandasReview()).isNull();
    assertThat(r.pandasNote()).contains("skipped");
    Map<Market, List<MarketBenchmark.Move>> top = r.topMovers();
    assertThat(top.keySet()).containsExactlyInAnyOrder(Market.HK, Market.US, Market.CN);
    for (List<MarketBenchmark.Move> moves : top.values()) {
      assertThat(moves.size()).isBetween(1, 10);
      for (int i = 1; i < moves.size(); i++) {
        assertThat(moves.get(i).periodReturn()).isLessThanOrEqualTo(moves.get(i - 1).periodReturn());
      }
    }
    assertThat(r.pePercentileValue()).isBetween(0.0, 1.0);
    assertThat(r.peakHeapBytes()).isPositive();

    // a second run reuses the generated file and measures the same market
    MarketBenchmark.Result again = new MarketBenchmark(progress::add).run(o);
    assertThat(again.generated()).isFalse();
    assertThat(again.bars()).isEqualTo(r.bars());
    assertThat(progress).anyMatch(l -> l.startsWith("reusing"));
  }
}
