package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectordesk.news.AliasDictionary;
import org.sectordesk.news.Company;
import org.sectordesk.news.LabelledText;
import org.sectordesk.news.NewsAnalyzer;
import org.sectordesk.news.SectionClassifier;

/** The shipped dictionary, examples and model. */
class NewsModelTest {
  private static AliasDictionary dictionary;
  private static NewsAnalyzer analyzer;
  private static List<LabelledText> examples;

  @BeforeAll
  static void load() {
    analyzer = NewsDesk.analyzer(null);
    dictionary = analyzer.dictionary();
    examples = NewsResources.trainingExamples();
  }

  @Test
  void shippedModelIsTheOneTheShippedExamplesTrain() {
    SectionClassifier retrained = NewsAnalyzer.train(analyzer.segmenter(), examples);
    assertThat(retrained.toText())
        .as("model.tsv is stale: rebuild it with org.sectordesk.desk.DefaultNewsModel")
        .isEqualTo(analyzer.classifier().toText());
  }

  @Test
  void heldOutExamplesAreClassifiedWell() {
    NewsDesk.HeldOut h = NewsDesk.heldOut(analyzer, examples);
    assertThat(h.n()).isGreaterThan(80);
    assertThat(h.accuracy()).isGreaterThan(0.78);
  }

  @Test
  void examplesCoverEverySectionInQuantity() {
    for (var s : org.sectordesk.news.Section.values()) {
      assertThat(examples.stream().filter(e -> e.section() == s).count()).as(s.id()).isGreaterThanOrEqualTo(45);
    }
  }

  @Test
  void productsAndModelsPointToTheirCompanies() {
    assertCompany("腾讯", "微信", "混元", "元宝", "0700.HK");
    assertCompany("阿里巴巴", "通义千问", "Qwen", "淘宝", "天猫");
    assertCompany("百度", "文心一言", "文小言");
    assertCompany("字节跳动", "豆包", "抖音", "即梦");
    assertCompany("月之暗面", "Kimi");
    assertCompany("OpenAI", "ChatGPT", "GPT-4o", "Sora");
    assertCompany("快手", "可灵");
    assertCompany("谷歌", "Gemini");
    assertThat(dictionary.resolve("字节跳动")).map(Company::listed).contains(false);
  }

  @Test
  void trackerCompaniesCarryTheirAShareCodes() {
    for (String code : List.of("300364.SZ", "300418.SZ", "300624.SZ", "600986.SH", "300002.SZ", "000681.SZ",
        "688039.SH", "603533.SH", "300459.SZ", "002558.SZ")) {
      assertThat(dictionary.resolve(code)).as(code).hasValueSatisfying(c -> assertThat(c.aShare()).isTrue());
    }
  }

  private static void assertCompany(String name, String... aliases) {
    for (String a : aliases) {
      assertThat(dictionary.resolve(a)).as(a).map(Company::name).contains(name);
    }
  }
}
