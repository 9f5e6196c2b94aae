package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Embeddings only break ties between companies the dictionary scores equally. */
class CompanyTieBreakTest {
  private static final AliasDictionary DICTIONARY = new AliasDictionary(List.of(
      new Company("tencent", "腾讯", "Tencent", List.of("0700.HK"), List.of("微信")),
      new Company("alibaba", "阿里巴巴", "Alibaba", List.of("9988.HK"), List.of("淘宝"))), List.of());

  /** A stand-in embedder: a company's profile points along its own axis. */
  private static final SentenceEmbedder AXES = new SentenceEmbedder() {
    @Override
    public String modelId() {
      return "axes";
    }

    @Override
    public float[] embed(String text) {
      return text.startsWith("腾讯") ? new float[] {1, 0} : text.startsWith("阿里巴巴") ? new float[] {0, 1} : new float[] {1, 1};
    }
  };

  private static NewsAnalyzer analyzer() {
    SectionClassifier nb = SectionClassifier.train(List.of(
        new SectionClassifier.TokenisedExample(List.of("支付"), Section.FINTECH),
        new SectionClassifier.TokenisedExample(List.of("电商"), Section.ECOMMERCE)), 1.0);
    return new NewsAnalyzer(DICTIONARY, NewsAnalyzer.segmenterFor(DICTIONARY), SectionModel.naiveBayes(nb), () -> AXES);
  }

  @Test
  void aTieGoesToTheCompanyClosestToTheItem() {
    // both named once in the title, neither first: 3 points each
    String title = "新规：微信与淘宝互通";
    assertThat(new CompanyTagger(DICTIONARY).tag(title, "").tiedAtTop()).isEqualTo(2);
    NewsAnalyzer a = analyzer();
    assertThat(a.analyze(title, "", new float[] {0.1f, 0.99f}).tags().main()).map(Company::id).contains("alibaba");
    assertThat(a.analyze(title, "", new float[] {0.99f, 0.1f}).tags().main()).map(Company::id).contains("tencent");
    // without an embedding the first named wins, as before
    assertThat(a.analyze(title, "", null).tags().main()).map(Company::id).contains("tencent");
  }

  @Test
  void aClearScoreIsNeverOverruled() {
    NewsAnalyzer a = analyzer();
    CompanyTags tags = a.analyze("腾讯微信上线新功能", "淘宝商家可接入。", new float[] {0, 1}).tags();
    assertThat(tags.main()).map(Company::id).contains("tencent");
    assertThat(tags.tiedAtTop()).isEqualTo(1);
  }
}
