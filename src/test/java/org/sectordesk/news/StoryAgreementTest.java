package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAgreementTest {
  @Test
  void figuresLeaveOutDatesPeriodsAndModelNames() {
    assertThat(StoryAgreement.figures("2025年11月17日，腾讯第3季度营收增长8%，达到1,929亿元，GPT-4o与Qwen2.5对比"))
        .containsExactlyInAnyOrder("8%", "1929");
    assertThat(StoryAgreement.figures("增长８％，毛利率56.50%")).containsExactlyInAnyOrder("8%", "56.5%");
  }

  @Test
  void oppositeDirectionsOrDifferentFiguresDisagree() {
    assertThat(StoryAgreement.disagree("腾讯控股第三季度营收增长8%", "腾讯控股第三季度营收下降8%")).isTrue();
    assertThat(StoryAgreement.disagree("机构上调目标价", "机构下调目标价")).isTrue();
    assertThat(StoryAgreement.disagree("港股科技股午后上涨", "港股科技股午后下跌")).isTrue();
    assertThat(StoryAgreement.disagree("腾讯控股第三季度营收增长8%", "腾讯控股第三季度营收增长9%")).isTrue();
    assertThat(StoryAgreement.disagree("腾讯三季度营收增长8%，净利润增长15%", "腾讯：营收同比增长8%")).isFalse();
    // both directions in one text: no contradiction to read
    assertThat(StoryAgreement.disagree("营收增长8%，利润下降3%", "营收下降8%")).isFalse();
  }

  @Test
  void theGrowthAndDeclineReportsAreNeverFolded() {
    String up = "腾讯控股第三季度营收增长8%";
    String down = "腾讯控股第三季度营收下降8%";
    // the shingle sets are close enough that MinHash alone proposed the pair
    assertThat(NearDuplicates.exactSimilarity(up + "\n" + up, down + "\n" + down)).isGreaterThan(0.5);
    List<NearDuplicates.Doc> docs = List.of(new NearDuplicates.Doc(up, up + "\n" + up),
        new NearDuplicates.Doc(down, down + "\n" + down));
    assertThat(NearDuplicates.group(docs)).containsExactly(List.of(0), List.of(1));
  }
}
