package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsDigestTest {
  private static final AliasDictionary DICTIONARY = new AliasDictionary(List.of(
      new Company("tencent", "腾讯", "Tencent", List.of("0700.HK"), List.of()),
      new Company("alibaba", "阿里巴巴", "Alibaba", List.of("9988.HK"), List.of()),
      new Company("kuaishou", "快手", "Kuaishou", List.of("1024.HK"), List.of())), List.of());

  private static NewsItem item(String id, int day, String company, String title, String body, String source) {
    return new NewsItem(id, LocalDate.of(2025, 11, day), false, title, body, source, "", Section.AI, false,
        company.isEmpty() ? List.of() : List.of(company), List.of());
  }

  @Test
  void companyBlocksGoByWeightThenStoryCountEachHeadedByItsLeadStory() {
    List<NewsItem> items = List.of(
        item("k1", 2, "kuaishou", "可灵AI上线新版本", "可灵AI上线新版本。", "甲"),
        item("k2", 5, "kuaishou", "快手发布多模态模型", "快手发布多模态模型。", "甲"),
        item("a1", 3, "alibaba", "千问App公测", "千问App开启公测。", "甲"),
        item("t1", 9, "tencent", "", "11月9日消息，腾讯混元发布新版本，长文本能力提升。", "乙"),
        item("x1", 1, "", "行业大模型备案数量增加", "备案数量增加。", "甲"));
    NewsDigest d = NewsDigest.build(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), items, DICTIONARY,
        Map.of("tencent", 40000.0, "alibaba", 20000.0));
    List<CompanyBlock> blocks = d.sections().get(0).blocks();
    // weighed names by weight, then the unweighed by story count, the stories naming no company last
    assertThat(blocks).extracting(CompanyBlock::companyId).containsExactly("tencent", "alibaba", "kuaishou", "");
    assertThat(blocks.get(0).heading()).isEqualTo("腾讯：混元发布新版本");
    assertThat(blocks.get(2).heading()).isEqualTo("快手：可灵AI上线新版本");
    assertThat(new CompanyBlock("tencent", "腾讯", "腾讯混元发布新版本", blocks.get(0).entries()).heading())
        .isEqualTo("腾讯：混元发布新版本");
    assertThat(blocks.get(2).entries()).extracting(e -> e.item().id()).containsExactly("k1", "k2");
    assertThat(d.sections().get(0).entries()).extracting(e -> e.item().id()).containsExactly("t1", "a1", "k1", "k2", "x1");
  }

  @Test
  void theLeadStoryIsTheOneMostSourcesTold() {
    String text = "阿里巴巴旗下千问App开启公测，集成对话、办公与生活服务入口，首周下载量位居应用商店前列。";
    List<NewsItem> items = List.of(
        item("a1", 3, "alibaba", "阿里云发布新一代服务器", "阿里云发布新一代服务器。", "甲"),
        item("a2", 5, "alibaba", "千问App公测", text, "甲"),
        item("a3", 6, "alibaba", "千问App公测", "转载：" + text, "乙"));
    NewsDigest d = NewsDigest.build(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), items, DICTIONARY);
    CompanyBlock b = d.sections().get(0).blocks().get(0);
    assertThat(b.summary()).isEqualTo("千问App公测");
    assertThat(b.entries().get(0).sources()).containsExactly("乙", "甲");
    assertThat(b.entries().get(0).firstSeen()).isEqualTo(LocalDate.of(2025, 11, 5));
    assertThat(d.folded()).isEqualTo(1);
  }
}
