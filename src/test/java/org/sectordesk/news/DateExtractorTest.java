package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
  private static final YearMonth NOV = YearMonth.of(2025, 11);

  @Test
  void readsTheDayTheTextNames() {
    assertThat(DateExtractor.extract("", "11 月 17 日，公司发布新品。", NOV)).contains(LocalDate.of(2025, 11, 17));
    assertThat(DateExtractor.extract("", "11月15日下午，腾讯内部发文。", NOV)).contains(LocalDate.of(2025, 11, 15));
  }

  @Test
  void theItemsOwnDateWinsOverEarlierDates() {
    String body = "活动自 10 月 8 日持续至 11 月 11 日。根据 11 月 20 日消息，平台公布战报。";
    assertThat(DateExtractor.extract("", body, NOV)).contains(LocalDate.of(2025, 11, 20));
    assertThat(DateExtractor.extract("", "11 月 13 日消息，10 月 8 日至 11 月 11 日成交增长", NOV))
        .contains(LocalDate.of(2025, 11, 13));
  }

  @Test
  void yearIsInferredAroundThePeriod() {
    assertThat(DateExtractor.extract("", "12 月 30 日，公司公告。", YearMonth.of(2026, 1))).contains(LocalDate.of(2025, 12, 30));
    assertThat(DateExtractor.extract("", "1 月 3 日，公司公告。", YearMonth.of(2025, 12))).contains(LocalDate.of(2026, 1, 3));
    assertThat(DateExtractor.extract("", "2024 年 9 月 5 日，淘宝发布公告。", NOV)).contains(LocalDate.of(2024, 9, 5));
  }

  @Test
  void withoutAPeriodOnlyDatesWithAYear() {
    assertThat(DateExtractor.extract("", "11 月 17 日，公司发布新品。", null)).isEmpty();
    assertThat(DateExtractor.extract("", "2025年11月3日，公司发布新品。", null)).contains(LocalDate.of(2025, 11, 3));
  }

  @Test
  void impossibleDaysAndUndatedTextGiveNothing() {
    assertThat(DateExtractor.extract("", "2 月 30 日的说法有误", NOV)).isEmpty();
    assertThat(DateExtractor.extract("标题", "没有日期的正文", NOV)).isEmpty();
  }
}
