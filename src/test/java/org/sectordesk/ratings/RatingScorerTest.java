package org.sectordesk.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectordesk.desk.SchemeLibrary;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.PublishedRating;

/** Scoring on tiny hand-built histories. Benchmarks: HSI.HI for HK names, 000300.SH for CN, IXIC/SPX for US. */
class RatingScorerTest {
  private static final Map<String, RatingScheme> SCHEMES = SchemeLibrary.builtIn().all();
  private final Map<String, PriceHistory> prices = new HashMap<>();

  private void add(Prices p) {
    PriceHistory h = p.history();
    prices.put(h.code(), h);
  }

  /** Delistings recorded as desk.yaml records them: the first day without trading. */
  private final Map<String, LocalDate> delisted = new HashMap<>();

  private RatedName name(String code) {
    Market m = Market.ofCode(code);
    return new RatedName(code, m, code.endsWith(".SI") ? RatingTarget.INDUSTRY : RatingTarget.STOCK, delisted.get(code));
  }

  private List<ScoredRating> score(String asOf, PublishedRating... ratings) {
    RatingScorer scorer = new RatingScorer(SCHEMES, this::name,
        c -> prices.getOrDefault(c, PriceHistory.empty(c)));
    return scorer.score(List.of(ratings), LocalDate.parse(asOf));
  }

  private static PublishedRating rating(String date, String code, String scheme, String tier) {
    return PublishedRating.of(LocalDate.parse(date), code, scheme, tier);
  }

  private void flatHsi() {
    add(Prices.of("HSI.HI", "2023-12-01", "2025-06-30", 100));
  }

  @Test
  void sixMonthSchemeIsJudgedAtSixMonths() {
    flatHsi();
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100).at("2024-06-03", 125).at("2024-09-02", 90));
    ScoredRating s = score("2025-06-30", rating("2024-01-02", "0700.HK", "soochow", "买入")).get(0);
    assertThat(s.status()).isEqualTo(RatingStatus.SCORED);
    assertThat(s.benchmark()).isEqualTo("HSI.HI");
    assertThat(s.evaluatedTo()).isEqualTo(LocalDate.of(2024, 7, 2));
    assertThat(s.excess6m()).isCloseTo(0.25, within(1e-12));
    assertThat(s.excess12m()).isCloseTo(-0.10, within(1e-12));
    assertThat(s.excess()).isCloseTo(0.25, within(1e-12));
    assertThat(s.realisedTier()).isEqualTo("买入");
    assertThat(s.hit()).isTrue();
  }

  @Test
  void exactlyFifteenPercentFromPricesIsOverweightNotBuy() {
    add(Prices.of("HSI.HI", "2023-12-01", "2025-06-30", 100).at("2024-06-03", 105));
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100).at("2024-06-03", 120));
    add(Prices.of("9999.HK", "2023-12-01", "2025-06-30", 100).at("2024-06-03", 120));
    List<ScoredRating> s = score("2025-06-30", rating("2024-01-02", "0700.HK", "soochow", "买入"),
        rating("2024-01-02", "9999.HK", "soochow", "增持"));
    assertThat(s.get(0).excess()).isCloseTo(0.15, within(1e-12));
    assertThat(s).extracting(ScoredRating::realisedTier).containsExactly("增持", "增持");
    assertThat(s).extracting(ScoredRating::hit).containsExactly(false, true);
  }

  @Test
  void exactlyMinusFivePercentIsNeutralUnderHuaanIndustry() {
    add(Prices.of("000300.SH", "2023-12-01", "2025-06-30", 100).at("2024-03-01", 110));
    add(Prices.of("801760.SI", "2023-12-01", "2025-06-30", 100).at("2024-03-01", 105));
    ScoredRating s = score("2025-06-30", rating("2024-01-02", "801760.SI", "huaan", "减持")).get(0);
    assertThat(s.target()).isEqualTo(RatingTarget.INDUSTRY);
    assertThat(s.benchmark()).isEqualTo("000300.SH");
    assertThat(s.evaluatedTo()).isEqualTo(LocalDate.of(2024, 7, 2));
    assertThat(s.excess()).isCloseTo(-0.05, within(1e-12));
    assertThat(s.realisedTier()).isEqualTo("中性");
    assertThat(s.hit()).isFalse();
    assertThat(s.status()).isEqualTo(RatingStatus.SCORED);
  }

  @Test
  void sixToTwelveMonthSchemeHitsWhenAnyMonthEndInTheWindowIsInTheBand() {
    flatHsi();
    // out of the band at 6 months (2024-07-31) and at 12 months, inside it at the August month-end
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100).at("2024-08-15", 125).at("2024-09-10", 100));
    ScoredRating s = score("2025-06-30", rating("2024-01-31", "0700.HK", "guosen", "优于大市")).get(0);
    assertThat(s.status()).isEqualTo(RatingStatus.SCORED);
    assertThat(s.excess6m()).isCloseTo(0.0, within(1e-12));
    assertThat(s.excess12m()).isCloseTo(0.0, within(1e-12));
    assertThat(s.evaluatedTo()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(s.realisedTier()).isEqualTo("中性");
    assertThat(s.hit()).isTrue();
  }

  @Test
  void sixToTwelveMonthSchemeMissesWhenNoCheckpointIsInTheBand() {
    flatHsi();
    // +25% only between two month-ends: never seen at a checkpoint
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100).at("2024-08-05", 125).at("2024-08-20", 100));
    ScoredRating s = score("2025-06-30", rating("2024-01-31", "0700.HK", "guosen", "优于大市")).get(0);
    assertThat(s.hit()).isFalse();
  }

  @Test
  void theFastReturnIsTheHousePeriodReturn() {
    PriceHistory h = Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100).at("2024-01-03", 101).at("2024-02-07", 97)
        .at("2024-06-28", 131).at("2025-01-02", 88).gap("2024-06-29", "2024-07-15").history();
    LocalDate rated = LocalDate.of(2024, 1, 6);
    int base = h.indexOnOrBefore(rated);
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2025, 6, 30)); day = day.plusDays(3)) {
      assertThat(RatingScorer.ret(h, base, day)).as("return to %s", day)
          .isEqualTo(RatingScorer.periodReturn(h, rated, day));
    }
  }

  @Test
  void checkpointsAreTheWindowEndsAndTheMonthEndsBetween() {
    TierScale guosen = SCHEMES.get("guosen").scale(RatingTarget.STOCK).orElseThrow();
    List<LocalDate> points = RatingScorer.checkpoints(guosen, LocalDate.of(2024, 7, 15), LocalDate.of(2025, 1, 15),
        LocalDate.of(2025, 6, 30));
    assertThat(points).containsExactly(LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 31),
        LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 31), LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 31),
        LocalDate.of(2025, 1, 15));
  }

  @Test
  void aRatingReplacedBeforeItsHorizonIsScoredToTheReplacementDate() {
    flatHsi();
    add(Prices.of("9999.HK", "2023-12-01", "2025-06-30", 100).at("2024-02-01", 108).at("2024-05-01", 80));
    List<ScoredRating> s = score("2025-06-30", rating("2024-01-02", "9999.HK", "soochow", "增持"),
        rating("2024-03-15", "9999.HK", "soochow", "中性"));
    ScoredRating first = s.get(0);
    assertThat(first.status()).isEqualTo(RatingStatus.SUPERSEDED);
    assertThat(first.replacedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(first.evaluatedTo()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(first.excess()).isCloseTo(0.08, within(1e-12));
    assertThat(first.excess6m()).isNaN();
    assertThat(first.realisedTier()).isEqualTo("增持");
    assertThat(first.hit()).isTrue();
    ScoredRating second = s.get(1);
    assertThat(second.status()).isEqualTo(RatingStatus.SCORED);
    // the second rating starts from the close on its own date (108) and ends at 80 on its 6-month date
    assertThat(second.excess()).isCloseTo(80.0 / 108 - 1, within(1e-12));
    assertThat(second.realisedTier()).isEqualTo("卖出");
  }

  @Test
  void aRatingReplacedAfterItsHorizonIsScoredNormally() {
    flatHsi();
    add(Prices.of("9999.HK", "2023-12-01", "2025-06-30", 100));
    List<ScoredRating> s = score("2025-06-30", rating("2024-01-02", "9999.HK", "soochow", "中性"),
        rating("2024-09-02", "9999.HK", "soochow", "增持"));
    assertThat(s.get(0).status()).isEqualTo(RatingStatus.SCORED);
    assertThat(s.get(0).hit()).isTrue();
    assertThat(s.get(0).replacedOn()).isEqualTo(LocalDate.of(2024, 9, 2));
  }

  @Test
  void aHorizonBeyondTheDataIsPendingAndShowsTodaysStanding() {
    flatHsi();
    add(Prices.of("3690.HK", "2023-12-01", "2025-06-30", 100).at("2025-05-02", 112));
    ScoredRating s = score("2025-06-30", rating("2025-03-03", "3690.HK", "soochow", "增持")).get(0);
    assertThat(s.status()).isEqualTo(RatingStatus.PENDING);
    assertThat(s.evaluatedTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(s.excess()).isCloseTo(0.12, within(1e-12));
    assertThat(s.excess6m()).isNaN();
    assertThat(s.hit()).isNull();
    assertThat(s.inBandToday()).isTrue();
    assertThat(s.realisedTier()).isEqualTo("增持");
  }

  @Test
  void theAsOfDateCutsTheDataAndIgnoresLaterRatings() {
    flatHsi();
    add(Prices.of("3690.HK", "2023-12-01", "2025-06-30", 100).at("2024-03-01", 90));
    List<ScoredRating> s = score("2024-04-30", rating("2024-01-02", "3690.HK", "soochow", "增持"),
        rating("2024-05-06", "3690.HK", "soochow", "中性"));
    assertThat(s).hasSize(1);
    assertThat(s.get(0).status()).isEqualTo(RatingStatus.PENDING);
    assertThat(s.get(0).replacedOn()).isNull();
    assertThat(s.get(0).inBandToday()).isFalse();
  }

  @Test
  void aRecordedDelistingIsJudgedToTheLastCloseBeforeIt() {
    flatHsi();
    add(Prices.of("0772.HK", "2023-12-01", "2024-04-30", 100).at("2024-03-01", 70));
    delisted.put("0772.HK", LocalDate.of(2024, 5, 1));
    ScoredRating s = score("2025-06-30", rating("2024-01-02", "0772.HK", "soochow", "减持")).get(0);
    assertThat(s.status()).isEqualTo(RatingStatus.DELISTED);
    assertThat(s.evaluatedTo()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(s.excess()).isCloseTo(-0.30, within(1e-12));
    assertThat(s.realisedTier()).isEqualTo("卖出");
    assertThat(s.hit()).isFalse();
    assertThat(s.excess6m()).isNaN();
  }

  @Test
  void dataThatSimplyEndsIsStaleNeverADelistingExit() {
    flatHsi();
    add(Prices.of("0772.HK", "2023-12-01", "2024-04-30", 100).at("2024-03-01", 70));
    ScoredRating s = score("2025-06-30", rating("2024-01-02", "0772.HK", "soochow", "减持")).get(0);
    assertThat(s.status()).isEqualTo(RatingStatus.STALE);
    assertThat(s.status().judged()).isFalse();
    assertThat(s.excess()).isNaN();
    assertThat(s.stockReturn()).isNaN();
    assertThat(s.realisedTier()).isEmpty();
    assertThat(s.hit()).isNull();
    assertThat(s.inBandToday()).isNull();
    assertThat(s.evaluatedTo()).isNull();
    assertThat(s.note()).contains("ends 2024-04-30").contains("no delisting is recorded");
  }

  @Test
  void aDelistingRecordedAfterTheDataStopsIsStaleToo() {
    flatHsi();
    // the file stops in April, the delisting is only in June: the closes of May are missing, not known
    add(Prices.of("0772.HK", "2023-12-01", "2024-04-30", 100).at("2024-03-01", 70));
    delisted.put("0772.HK", LocalDate.of(2024, 6, 3));
    ScoredRating s = score("2025-06-30", rating("2024-01-02", "0772.HK", "soochow", "减持")).get(0);
    assertThat(s.status()).isEqualTo(RatingStatus.STALE);
    assertThat(s.note()).contains("delisting on 2024-06-03");
  }

  @Test
  void aNameThatIsBehindTheBenchmarkOnThePendingDayIsStale() {
    flatHsi();
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-27", 100).at("2025-03-03", 110));
    ScoredRating s = score("2025-06-30", rating("2025-01-02", "0700.HK", "soochow", "增持")).get(0);
    assertThat(s.status()).isEqualTo(RatingStatus.STALE);
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100).at("2025-03-03", 110));
    ScoredRating fresh = score("2025-06-30", rating("2025-01-02", "0700.HK", "soochow", "增持")).get(0);
    assertThat(fresh.status()).isEqualTo(RatingStatus.PENDING);
    assertThat(fresh.excess()).isCloseTo(0.10, within(1e-12));
  }

  @Test
  void staleRatingsAreLeftOutOfTheAggregatesAndCounted() {
    flatHsi();
    add(Prices.of("0772.HK", "2023-12-01", "2024-04-30", 100).at("2024-03-01", 70));
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100).at("2024-03-01", 110));
    List<ScoredRating> s = score("2025-06-30", rating("2024-01-02", "0772.HK", "soochow", "增持"),
        rating("2024-01-02", "0700.HK", "soochow", "增持"));
    BookStats stats = BookStats.of(s);
    assertThat(stats.count()).isEqualTo(2);
    assertThat(stats.stale()).isEqualTo(1);
    assertThat(stats.scored()).isEqualTo(1);
    assertThat(stats.pending()).isZero();
    assertThat(stats.judged()).isEqualTo(1);
    assertThat(stats.avgExcess()).isCloseTo(0.10, within(1e-12));
    assertThat(stats.medianExcess()).isCloseTo(0.10, within(1e-12));
  }

  @Test
  void aSuspensionIsBridgedByTheLastCloseBeforeIt() {
    flatHsi();
    add(Prices.of("1024.HK", "2023-12-01", "2025-06-30", 100).at("2024-02-01", 110).at("2024-09-02", 150)
        .gap("2024-03-01", "2024-08-30"));
    ScoredRating s = score("2025-06-30", rating("2024-01-02", "1024.HK", "soochow", "增持")).get(0);
    assertThat(s.status()).isEqualTo(RatingStatus.SCORED);
    assertThat(s.excess()).isCloseTo(0.10, within(1e-12));
    assertThat(s.hit()).isTrue();
  }

  @Test
  void missingBenchmarkDaysUseTheLastBenchmarkCloseBeforeThem() {
    add(Prices.of("HSI.HI", "2023-12-01", "2025-06-30", 100).at("2024-06-20", 102).at("2024-07-01", 200)
        .at("2024-07-11", 110).gap("2024-06-25", "2024-07-10"));
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100).at("2024-06-03", 120));
    ScoredRating s = score("2025-06-30", rating("2024-01-02", "0700.HK", "soochow", "增持")).get(0);
    assertThat(s.benchmarkReturn()).isCloseTo(0.02, within(1e-12));
    assertThat(s.excess()).isCloseTo(0.18, within(1e-12));
  }

  @Test
  void aRatingOnAHolidayStartsFromTheLastCloseBeforeIt() {
    flatHsi();
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100).at("2024-01-05", 104).at("2024-06-03", 130));
    // 2024-01-06 is a Saturday: the base is Friday's 104
    ScoredRating s = score("2025-06-30", rating("2024-01-06", "0700.HK", "soochow", "买入")).get(0);
    assertThat(s.stockReturn()).isCloseTo(130.0 / 104 - 1, within(1e-12));
  }

  @Test
  void usNamesUseTheSchemesOwnUsBenchmark() {
    add(Prices.of("SPX.GI", "2023-12-01", "2025-06-30", 100).at("2024-03-01", 110));
    add(Prices.of("IXIC.GI", "2023-12-01", "2025-06-30", 100).at("2024-03-01", 120));
    add(Prices.of("BILI.O", "2023-12-01", "2025-06-30", 10).at("2024-03-01", 13));
    List<ScoredRating> s = score("2025-06-30", rating("2024-01-02", "BILI.O", "guosen", "优于大市"),
        rating("2024-01-03", "BILI.O", "huaan", "增持"));
    assertThat(s).extracting(ScoredRating::benchmark).containsExactly("SPX.GI", "IXIC.GI");
    assertThat(s.get(1).excess()).isCloseTo(0.10, within(1e-12));
  }

  @Test
  void beijingNamesUseTheBse50UnderSoochow() {
    add(Prices.of("899050.BJ", "2023-12-01", "2025-06-30", 1000).at("2024-03-01", 1100));
    add(Prices.of("872190.BJ", "2023-12-01", "2025-06-30", 10).at("2024-03-01", 11));
    ScoredRating s = score("2025-06-30", rating("2024-01-02", "872190.BJ", "soochow", "中性")).get(0);
    assertThat(s.benchmark()).isEqualTo("899050.BJ");
    assertThat(s.excess()).isCloseTo(0.0, within(1e-12));
    assertThat(s.hit()).isTrue();
  }

  @Test
  void noViewTierIsNeverAHitOrAMiss() {
    flatHsi();
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100));
    ScoredRating s = score("2025-06-30", rating("2024-01-02", "0700.HK", "guosen", "无评级")).get(0);
    assertThat(s.status()).isEqualTo(RatingStatus.SCORED);
    assertThat(s.hit()).isNull();
    assertThat(s.realisedTier()).isEqualTo("中性");
  }

  @Test
  void missingPricesAreExplainedNotScored() {
    flatHsi();
    ScoredRating s = score("2025-06-30", rating("2024-01-02", "0700.HK", "soochow", "买入")).get(0);
    assertThat(s.status()).isEqualTo(RatingStatus.PENDING);
    assertThat(s.note()).contains("no close of 0700.HK");
    assertThat(s.excess()).isNaN();
  }

  @Test
  void summaryCountsHitsMediansAndConfusion() {
    flatHsi();
    add(Prices.of("0700.HK", "2023-12-01", "2025-06-30", 100).at("2024-06-03", 120));   // +20%: 买入
    add(Prices.of("9999.HK", "2023-12-01", "2025-06-30", 100).at("2024-06-03", 110));   // +10%: 增持
    add(Prices.of("3690.HK", "2023-12-01", "2025-06-30", 100).at("2024-06-03", 90));    // -10%: 减持
    add(Prices.of("9988.HK", "2023-12-01", "2025-06-30", 100));
    List<ScoredRating> book = score("2025-06-30",
        new PublishedRating(LocalDate.parse("2024-01-02"), "0700.HK", "soochow", "买入", 500, "甲", ""),
        new PublishedRating(LocalDate.parse("2024-01-02"), "9999.HK", "soochow", "买入", 150, "甲", ""),
        new PublishedRating(LocalDate.parse("2024-01-02"), "3690.HK", "soochow", "买入", 200, "乙", ""),
        new PublishedRating(LocalDate.parse("2025-04-01"), "9988.HK", "soochow", "中性", Double.NaN, "乙", ""));
    RatingBookSummary sum = RatingBookSummary.of(book, SCHEMES);
    RatingBookSummary.TierStats buy = sum.byTier().get(0);
    assertThat(buy.tier()).isEqualTo("买入");
    assertThat(buy.stats().count()).isEqualTo(3);
    assertThat(buy.stats().hits()).isEqualTo(1);
    assertThat(buy.stats().hitRate()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(buy.stats().avgExcess()).isCloseTo((0.2 + 0.1 - 0.1) / 3, within(1e-12));
    assertThat(buy.stats().medianExcess()).isCloseTo(0.1, within(1e-12));
    RatingBookSummary.TierStats neutral = sum.byTier().get(1);
    assertThat(neutral.tier()).isEqualTo("中性");
    assertThat(neutral.stats().pending()).isEqualTo(1);
    assertThat(neutral.stats().sharePending()).isEqualTo(1.0);
    assertThat(neutral.stats().avgExcess()).isNaN();
    assertThat(sum.byAnalyst()).extracting(RatingBookSummary.GroupStats::key).containsExactly("乙", "甲");
    assertThat(sum.byYear()).extracting(g -> g.key() + ":" + g.stats().count()).containsExactly("2024:3", "2025:1");
    assertThat(sum.overall().sharePending()).isEqualTo(0.25);
    RatingBookSummary.ConfusionMatrix m = sum.confusion().get(0);
    assertThat(m.published()).containsExactly("买入", "增持", "中性", "减持", "卖出");
    assertThat(m.counts()[0]).containsExactly(1, 1, 0, 1, 0);
  }
}
