package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectordesk.news.CompanyBlock;
import org.sectordesk.news.DigestEntry;
import org.sectordesk.news.NearDuplicates;
import org.sectordesk.news.NewsAnalyzer;
import org.sectordesk.news.NewsDigest;
import org.sectordesk.news.NewsItem;

/** The same event told by two outlets in different words is one story; a contradicting pair is two. */
class CrossSourceDuplicatesTest {
  private static NewsAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = NewsDesk.analyzer(null);
  }

  private static NewsItem item(String id, int day, String title, String body, String source) {
    NewsAnalyzer.Analysis a = analyzer.analyze(title, body);
    return new NewsItem(id, LocalDate.of(2025, 11, day), false, title, body, source, "", a.section(), false,
        a.tags().companies().stream().map(c -> c.id()).toList(), a.tags().models(),
        org.sectordesk.news.DatePrecision.DAY, a.embedding());
  }

  private static NewsDigest digest(List<NewsItem> items) {
    return NewsDigest.build(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), items, analyzer.dictionary());
  }

  @Test
  void twoOutletsReportingOneEventInTheirOwnWordsMakeOneStoryWithTwoSources() {
    NewsItem a = item("a", 12, "腾讯混元发布新一代图像生成模型",
        "腾讯宣布推出混元图像生成模型新版本，生成速度提升一倍，已在元宝App和腾讯云上线。", "来源甲");
    NewsItem b = item("b", 13, "混元图像模型升级：出图速度翻倍",
        "腾讯旗下混元大模型的图像生成能力迎来更新，出图速度较上一版提高一倍，用户可在元宝中体验，企业可通过腾讯云调用。", "来源乙");
    NewsItem other = item("c", 12, "腾讯音乐发布第三季度财报",
        "腾讯音乐娱乐集团公布三季度业绩，在线音乐付费用户数继续增长。", "来源甲");
    // in different words: the shingles alone would not fold them
    assertThat(NearDuplicates.exactSimilarity(a.title() + a.body(), b.title() + b.body())).isLessThan(0.3);
    NewsDigest d = digest(List.of(a, b, other));
    assertThat(d.folded()).isEqualTo(1);
    List<DigestEntry> stories = d.sections().stream().flatMap(s -> s.entries().stream()).toList();
    assertThat(stories).hasSize(2);
    DigestEntry folded = stories.stream().filter(e -> !e.duplicateIds().isEmpty()).findFirst().orElseThrow();
    assertThat(folded.sources()).containsExactlyInAnyOrder("来源甲", "来源乙");
    assertThat(folded.firstSeen()).isEqualTo(LocalDate.of(2025, 11, 12));
    CompanyBlock block = d.sections().stream().flatMap(s -> s.blocks().stream())
        .filter(x -> x.entries().contains(folded)).findFirst().orElseThrow();
    assertThat(block.entries().get(0)).isSameAs(folded);
  }

  @Test
  void growthAndDeclineAreTwoStoriesHoweverCloseTheirEmbeddings() {
    NewsItem up = item("u", 14, "腾讯控股第三季度营收增长8%", "腾讯控股公布第三季度业绩，营收同比增长8%。", "来源甲");
    NewsItem down = item("d", 14, "腾讯控股第三季度营收下降8%", "腾讯控股公布第三季度业绩，营收同比下降8%。", "来源乙");
    assertThat(NearDuplicates.cosine(up.embedding(), down.embedding())).isGreaterThan(0.85);
    assertThat(digest(List.of(up, down)).folded()).isZero();
    NewsItem otherFigure = item("f", 14, "腾讯控股第三季度营收增长9%", "腾讯控股公布第三季度业绩，营收同比增长9%。", "来源乙");
    assertThat(digest(List.of(up, otherFigure)).folded()).isZero();
    NewsItem same = item("s", 15, "腾讯三季度收入同比增8%", "腾讯控股发布三季报：收入较去年同期增长8%。", "来源丙");
    assertThat(digest(List.of(up, same)).folded()).isEqualTo(1);
  }
}
