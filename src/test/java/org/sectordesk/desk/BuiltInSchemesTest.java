package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectordesk.ratings.RatingScheme;
import org.sectordesk.ratings.RatingTarget;
import org.sectordesk.ratings.Tier;
import org.sectordesk.ratings.TierScale;
import org.sectordesk.domain.Market;

/** Every boundary of every built-in scheme, exactly on it and just either side. */
class BuiltInSchemesTest {
  private static final Map<String, RatingScheme> SCHEMES = SchemeLibrary.builtIn().all();
  private static final double JUST = 1e-6;

  private static String realised(String scheme, RatingTarget target, double excess) {
    return SCHEMES.get(scheme).scale(target).orElseThrow().realisedTier(excess).map(Tier::name).orElse("");
  }

  @ParameterizedTest(name = "{0} {1}: boundary {2}% belongs to {3}; above {4}; below {5}")
  @CsvSource({
      "guosen, STOCK, 10, 中性, 优于大市, 中性",
      "guosen, STOCK, -10, 中性, 中性, 弱于大市",
      "guosen, INDUSTRY, 10, 中性, 优于大市, 中性",
      "guosen, INDUSTRY, -10, 中性, 中性, 弱于大市",
      "soochow, STOCK, 15, 增持, 买入, 增持",
      "soochow, STOCK, 5, 中性, 增持, 中性",
      "soochow, STOCK, -5, 中性, 中性, 减持",
      "soochow, STOCK, -15, 减持, 减持, 卖出",
      "soochow, INDUSTRY, 5, 中性, 增持, 中性",
      "soochow, INDUSTRY, -5, 中性, 中性, 减持",
      "huaan, STOCK, 15, 增持, 买入, 增持",
      "huaan, STOCK, 5, 中性, 增持, 中性",
      "huaan, STOCK, -5, 中性, 中性, 减持",
      "huaan, STOCK, -15, 减持, 减持, 卖出",
      "huaan, INDUSTRY, 5, 中性, 增持, 中性",
      "huaan, INDUSTRY, -5, 中性, 中性, 减持",
  })
  void boundaries(String scheme, RatingTarget target, double pct, String on, String above, String below) {
    double x = pct / 100;
    assertThat(realised(scheme, target, x)).isEqualTo(on);
    assertThat(realised(scheme, target, x + JUST)).isEqualTo(above);
    assertThat(realised(scheme, target, x - JUST)).isEqualTo(below);
  }

  @Test
  void floatingPointNoiseOnABoundaryCountsAsOnIt() {
    double excess = (1.30 - 1) - (1.20 - 1);   // 0.09999999999999998
    assertThat(excess).isNotEqualTo(0.10);
    assertThat(realised("guosen", RatingTarget.STOCK, excess)).isEqualTo("中性");
    assertThat(realised("guosen", RatingTarget.STOCK, 0.10 + 1e-9)).isEqualTo("中性");
  }

  @Test
  void horizonsAsPublished() {
    assertThat(SCHEMES.get("guosen").scale(RatingTarget.STOCK).orElseThrow())
        .extracting(TierScale::horizonFromMonths, TierScale::horizonToMonths).containsExactly(6, 12);
    assertThat(SCHEMES.get("guosen").scale(RatingTarget.INDUSTRY).orElseThrow())
        .extracting(TierScale::horizonFromMonths, TierScale::horizonToMonths).containsExactly(6, 12);
    assertThat(SCHEMES.get("soochow").scale(RatingTarget.STOCK).orElseThrow())
        .extracting(TierScale::horizonFromMonths, TierScale::horizonToMonths).containsExactly(6, 6);
    assertThat(SCHEMES.get("huaan").scale(RatingTarget.STOCK).orElseThrow())
        .extracting(TierScale::horizonFromMonths, TierScale::horizonToMonths).containsExactly(6, 12);
    assertThat(SCHEMES.get("huaan").scale(RatingTarget.INDUSTRY).orElseThrow())
        .extracting(TierScale::horizonFromMonths, TierScale::horizonToMonths).containsExactly(6, 6);
  }

  @Test
  void tierNamesInPublishedOrder() {
    assertThat(SCHEMES.get("guosen").scale(RatingTarget.STOCK).orElseThrow().tierNames())
        .containsExactly("优于大市", "中性", "弱于大市", "无评级");
    assertThat(SCHEMES.get("soochow").scale(RatingTarget.STOCK).orElseThrow().tierNames())
        .containsExactly("买入", "增持", "中性", "减持", "卖出");
    assertThat(SCHEMES.get("soochow").scale(RatingTarget.INDUSTRY).orElseThrow().tierNames())
        .containsExactly("增持", "中性", "减持");
    assertThat(SCHEMES.get("huaan").scale(RatingTarget.STOCK).orElseThrow().tierNames())
        .containsExactly("买入", "增持", "中性", "减持", "卖出", "无评级");
    assertThat(SCHEMES.get("guosen").scale(RatingTarget.STOCK).orElseThrow().tier("无评级").orElseThrow().rated()).isFalse();
  }

  @Test
  void benchmarksPerMarket() {
    RatingScheme guosen = SCHEMES.get("guosen");
    assertThat(guosen.benchmarkFor("600986.SH", Market.CN)).contains("000300.SH");
    assertThat(guosen.benchmarkFor("0700.HK", Market.HK)).contains("HSI.HI");
    assertThat(guosen.benchmarkFor("IQ.O", Market.US)).contains("SPX.GI");
    assertThat(guosen.benchmarks().get("US")).containsExactly("SPX.GI", "IXIC.GI");
    assertThat(guosen.benchmarkFor("430047.NQ", Market.NEEQ)).contains("899001.CSI");
    RatingScheme soochow = SCHEMES.get("soochow");
    assertThat(soochow.benchmarkFor("872190.BJ", Market.CN)).contains("899050.BJ");
    assertThat(soochow.benchmarkFor("600986.SH", Market.CN)).contains("000300.SH");
    assertThat(soochow.benchmarkFor("IQ.O", Market.US)).contains("SPX.GI");
    assertThat(guosen.benchmarkFor("872190.BJ", Market.CN)).contains("000300.SH");
    RatingScheme huaan = SCHEMES.get("huaan");
    assertThat(huaan.benchmarkFor("IQ.O", Market.US)).contains("IXIC.GI");
    assertThat(huaan.benchmarkFor("801760.SI", Market.CN)).contains("000300.SH");
  }
}
