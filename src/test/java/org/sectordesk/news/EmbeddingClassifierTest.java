package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmbeddingClassifierTest {
  /** Points scattered around one unit direction per section. */
  private static List<EmbeddingClassifier.Example> clusters(int perSection, long seed) {
    Random r = new Random(seed);
    List<EmbeddingClassifier.Example> out = new ArrayList<>();
    for (Section s : Section.values()) {
      for (int i = 0; i < perSection; i++) {
        float[] v = new float[16];
        for (int j = 0; j < v.length; j++) {
          v[j] = (float) (r.nextGaussian() * 0.2);
        }
        v[s.ordinal()] += 1;
        out.add(new EmbeddingClassifier.Example(SentenceEmbedder.unit(v), s));
      }
    }
    return out;
  }

  @Test
  void learnsSeparableSectionsAndRoundTripsThroughText() {
    EmbeddingClassifier m = EmbeddingClassifier.train("test-model", clusters(20, 1));
    List<EmbeddingClassifier.Example> test = clusters(10, 2);
    long right = test.stream().filter(e -> m.predict(e.embedding()) == e.section()).count();
    assertThat(right).isGreaterThanOrEqualTo(test.size() - 2);
    String text = m.toText(SectionModel.Mode.COMBINED, 0.1);
    EmbeddingClassifier.Parsed p = EmbeddingClassifier.parse(text, "m.tsv");
    assertThat(p.mode()).isEqualTo(SectionModel.Mode.COMBINED);
    assertThat(p.weight()).isEqualTo(0.1);
    assertThat(p.classifier().toText(p.mode(), p.weight())).isEqualTo(text);
    for (EmbeddingClassifier.Example e : test) {
      assertThat(p.classifier().predict(e.embedding())).isEqualTo(m.predict(e.embedding()));
    }
  }

  @Test
  void aBrokenFileNamesItsLine() {
    String text = EmbeddingClassifier.train("t", clusters(2, 3)).toText(SectionModel.Mode.EMBEDDING, 0);
    assertThatThrownBy(() -> EmbeddingClassifier.parse(text.replace("\nb\tai\t", "\nb\tnews\t"), "m.tsv"))
        .hasMessageStartingWith("m.tsv:6 ");
    assertThatThrownBy(() -> EmbeddingClassifier.parse("hello\n", "m.tsv")).hasMessageStartingWith("m.tsv:1 unknown record");
  }

  @Test
  void crossValidationReportsEveryCandidateAndPicksTheBest() {
    List<ModelSelection.Example> ex = new ArrayList<>();
    for (EmbeddingClassifier.Example e : clusters(10, 4)) {
      ex.add(new ModelSelection.Example(List.of("词" + e.section().ordinal()), e.embedding(), e.section()));
    }
    ModelSelection.Result r = ModelSelection.crossValidate("t", ex);
    assertThat(r.scores()).hasSize(2 + ModelSelection.WEIGHTS.length);
    assertThat(r.scores()).allSatisfy(s -> assertThat(s.accuracy()).isLessThanOrEqualTo(r.chosen().accuracy()));
    assertThat(r.chosen().accuracy()).isEqualTo(1.0);
  }
}
