package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectordesk.news.AliasDictionary;
import org.sectordesk.news.Company;
import org.sectordesk.news.LabelledText;
import org.sectordesk.news.NewsAnalyzer;
import org.sectordesk.news.ModelSelection;
import org.sectordesk.news.NearDuplicates;
import org.sectordesk.news.SectionModel;
import org.sectordesk.news.SentenceEmbedder;

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
  void shippedModelsAreTheOnesTheShippedExamplesTrainAndTheChoiceIsCrossValidated() {
    TrainingEmbeddings cache = TrainingEmbeddings.shipped();
    assertThat(examples).as("training-embeddings.bin lacks examples: rebuild with org.sectordesk.desk.DefaultNewsModel")
        .allSatisfy(e -> assertThat(cache.get(e.text())).isNotNull());
    List<float[]> vectors = cache.embed(examples, () -> {
      throw new AssertionError("every example is cached");
    });
    NewsDesk.Trained t = NewsDesk.trainModels(analyzer.segmenter(), examples, vectors);
    assertThat(t.naiveBayes().toText())
        .as("model.tsv is stale: rebuild it with org.sectordesk.desk.DefaultNewsModel")
        .isEqualTo(analyzer.classifier().toText());
    assertThat(t.embeddingText())
        .as("embedding-model.tsv is stale: rebuild it with org.sectordesk.desk.DefaultNewsModel")
        .isEqualTo(NewsResources.resource(NewsResources.DEFAULT_EMBEDDING_MODEL));
    // five-fold cross-validation: both candidates reported, the chosen one at least as good as either
    ModelSelection.Result sel = t.selection();
    assertThat(sel.of(SectionModel.Mode.NAIVE_BAYES).accuracy()).isGreaterThan(0.85);
    assertThat(sel.of(SectionModel.Mode.EMBEDDING).accuracy()).isGreaterThan(0.85);
    assertThat(sel.chosen().accuracy()).isGreaterThanOrEqualTo(0.88)
        .isGreaterThanOrEqualTo(sel.of(SectionModel.Mode.NAIVE_BAYES).accuracy())
        .isGreaterThanOrEqualTo(sel.of(SectionModel.Mode.EMBEDDING).accuracy());
    assertThat(analyzer.model().mode()).isEqualTo(sel.chosen().mode());
  }

  @Test
  void cachedEmbeddingsAreTheModelsOwn() {
    BgeEmbedder bge = BgeEmbedder.shared();
    TrainingEmbeddings cache = TrainingEmbeddings.shipped();
    for (LabelledText e : List.of(examples.get(0), examples.get(examples.size() / 2), examples.get(examples.size() - 1))) {
      float[] fresh = SentenceEmbedder.unit(bge.embed(SentenceEmbedder.itemText("", e.text())));
      assertThat(NearDuplicates.cosine(fresh, cache.get(e.text()))).as(e.text()).isGreaterThan(0.999);
    }
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
