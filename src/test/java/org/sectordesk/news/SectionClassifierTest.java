package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionClassifierTest {
  private static SectionClassifier.TokenisedExample ex(Section s, String... words) {
    return new SectionClassifier.TokenisedExample(List.of(words), s);
  }

  private static final List<SectionClassifier.TokenisedExample> EXAMPLES = List.of(
      ex(Section.AI, "大模型", "发布", "推理"), ex(Section.AI, "大模型", "开源", "参数"),
      ex(Section.GAMES, "版号", "游戏", "发布"), ex(Section.GAMES, "游戏", "流水", "公测"),
      ex(Section.FINTECH, "备付金", "支付", "同比"), ex(Section.FINTECH, "支付", "牌照"));

  @Test
  void predictsFromTheWordsItWasTrainedOn() {
    SectionClassifier m = SectionClassifier.train(EXAMPLES, 1.0);
    assertThat(m.predict(List.of("开源", "大模型"))).isEqualTo(Section.AI);
    assertThat(m.predict(List.of("新", "游戏", "版号"))).isEqualTo(Section.GAMES);
    assertThat(m.predict(List.of("支付", "备付金", "环比"))).isEqualTo(Section.FINTECH);
    assertThat(m.trainingItems()).isEqualTo(6);
  }

  @Test
  void textFormRoundTrips() {
    SectionClassifier m = SectionClassifier.train(EXAMPLES, 1.0);
    String text = m.toText();
    assertThat(text).startsWith("sector-desk-news-model\t1\n").contains("\nw\t大模型\t2\t0\t");
    SectionClassifier back = SectionClassifier.parse(text, "model.tsv");
    assertThat(back.toText()).isEqualTo(text);
    assertThat(back.predict(List.of("版号"))).isEqualTo(Section.GAMES);
  }

  @Test
  void brokenModelFilesNameTheLine() {
    String good = SectionClassifier.train(EXAMPLES, 1.0).toText();
    assertThatThrownBy(() -> SectionClassifier.parse(good.replace("\nw\t大模型\t2", "\nw\t大模型\tx"), "m.tsv"))
        .hasMessageStartingWith("m.tsv:").hasMessageContaining("bad model line");
    assertThatThrownBy(() -> SectionClassifier.parse("hello\n", "m.tsv")).hasMessageContaining("m.tsv:1 unknown record 'hello'");
    assertThatThrownBy(() -> SectionClassifier.parse("# nothing\n", "m.tsv")).hasMessageContaining("not a Sector Desk news model");
  }

  @Test
  void sectionsReadTheirIds() {
    assertThat(Section.of("local-services")).isEqualTo(Section.LOCAL_SERVICES);
    assertThatThrownBy(() -> Section.of("sports")).hasMessageContaining("'sports' is not one of ai, policy");
  }
}
