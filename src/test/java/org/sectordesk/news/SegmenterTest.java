package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  @Test
  void hanLpSegmentsOfflineAndKeepsTheDeskTermsWhole() {
    Segmenter s = Segmenter.withTerms(List.of("文小言", "可灵AI", "月之暗面", "中文在线", "百度"));
    List<String> words = s.words("百度文小言上线，快手可灵AI与月之暗面合作，中文在线发布公告。");
    // the desk's terms stay whole; the rest is HanLP's core dictionary at work
    assertThat(words).contains("文小言", "可灵AI", "月之暗面", "中文在线", "百度", "快手", "合作", "发布", "公告");
    assertThat(Segmenter.withTerms(List.of()).words("月之暗面发布模型")).doesNotContain("月之暗面");
  }

  @Test
  void tokensDropPunctuationNumbersAndFunctionWordsAndFoldWidth() {
    Segmenter s = Segmenter.withTerms(List.of("Qwen"));
    List<String> t = s.tokens("阿里的ＱＷＥＮ模型在11月发布了2.5版本，参数为100亿。");
    assertThat(t).contains("qwen", "模型", "发布", "版本", "参数").doesNotContain("的", "了", "，", "2.5", "。");
  }
}
