package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTextTest {
  private static final LocalDate NOV_28 = LocalDate.of(2025, 11, 28);

  @Test
  void theStorysOwnDateIsSaidOnce() {
    assertThat(StoryText.withoutLeadingDate("11 月 28 日消息，腾讯发布混元新版本。", NOV_28, DatePrecision.DAY))
        .isEqualTo("腾讯发布混元新版本。");
    assertThat(StoryText.withoutLeadingDate("11月28日，腾讯发布混元新版本。", NOV_28, DatePrecision.DAY))
        .isEqualTo("腾讯发布混元新版本。");
    assertThat(StoryText.withoutLeadingDate("据2025年11月28日讯：腾讯发布混元新版本。", NOV_28, DatePrecision.DAY))
        .isEqualTo("腾讯发布混元新版本。");
    // another day, or a month-only story's day, stays: it says something
    assertThat(StoryText.withoutLeadingDate("11月20日，腾讯发布混元新版本。", NOV_28, DatePrecision.DAY))
        .isEqualTo("11月20日，腾讯发布混元新版本。");
    assertThat(StoryText.withoutLeadingDate("11月，腾讯发布混元新版本。", LocalDate.of(2025, 11, 1), DatePrecision.MONTH))
        .isEqualTo("腾讯发布混元新版本。");
  }

  @Test
  void theSummaryIsTheTitleElseTheFirstClause() {
    NewsItem titled = new NewsItem("a", NOV_28, false, "混元大模型升级", "正文。", "", "", Section.AI, false, List.of(), List.of());
    NewsItem bare = new NewsItem("b", NOV_28, false, "", "11月28日消息，腾讯混元大模型发布新版本，长文本能力提升。", "", "",
        Section.AI, false, List.of(), List.of());
    assertThat(StoryText.summary(titled)).isEqualTo("混元大模型升级");
    assertThat(StoryText.summary(bare)).isEqualTo("腾讯混元大模型发布新版本");
  }

  @Test
  void theChineseDateIsTheMonthWhenNoDayIsKnown() {
    assertThat(DatePrecision.DAY.chinese(NOV_28)).isEqualTo("11月28日");
    assertThat(DatePrecision.MONTH.chinese(LocalDate.of(2025, 11, 1))).isEqualTo("11月");
  }
}
