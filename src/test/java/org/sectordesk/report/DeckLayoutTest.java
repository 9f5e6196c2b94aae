package org.sectordesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeckLayoutTest {

  private static DeckLayout read(String yaml) throws IOException {
    return DeckLayout.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "decks/t.yaml");
  }

  @Test
  void readsDividersAndContentSlides() throws IOException {
    DeckLayout l = read("""
        id: t
        kind: deck
        title: 专题
        slides:
          - divider: 云
          - title: 资本开支高增
            source: 公司公告
            sections:
              - {type: series_chart, metric: capex, periods: 8}
        """);
    assertThat(l.slides()).hasSize(2);
    assertThat(l.slides().get(0).isDivider()).isTrue();
    DeckLayout.SlideSpec s = l.slides().get(1);
    assertThat(s.headline()).isEqualTo("资本开支高增");
    assertThat(s.source()).isEqualTo("公司公告");
    assertThat(s.sections().get(0).integer("periods", 13)).isEqualTo(8);
  }

  @Test
  void badLayoutsNameTheFileAndThePlace() {
    assertThatThrownBy(() -> read("id: t\nkind: monthly\nslides: [{divider: x}]\n"))
        .hasMessage("decks/t.yaml: [kind] must be deck, got 'monthly'");
    assertThatThrownBy(() -> read("id: t\nkind: deck\nslides:\n  - title: x\n    sections: [{type: coverage_table}]\n"))
        .hasMessageStartingWith("decks/t.yaml slides[1] sections[1]: [type] must be one of [index_window, series_chart,");
    assertThatThrownBy(() -> read("id: t\nkind: deck\nslides:\n  - title: x\n    sections: [{type: series_text}, {type: series_text}, {type: series_text}]\n"))
        .hasMessage("decks/t.yaml slides[1]: [sections] must list one or two sections");
    assertThatThrownBy(() -> read("id: t\nkind: deck\nslides:\n  - sections: [{type: series_text}]\n"))
        .hasMessage("decks/t.yaml slides[1]: [title] is required (the slide's headline)");
  }

  @Test
  void growthInWordsAsTheReportsWriteIt() {
    assertThat(SeriesSections.growthWords(Lang.ZH, (23664.0 / 23660 - 1) * 100)).isEqualTo("持平");
    assertThat(SeriesSections.growthWords(Lang.ZH, (23664.0 / 24170 - 1) * 100)).isEqualTo("下降2.1%");
    assertThat(SeriesSections.growthWords(Lang.ZH, 28.74)).isEqualTo("增长28.7%");
    assertThat(SeriesSections.growthWords(Lang.ZH, null)).isEqualTo("无可比数据");
    assertThat(SeriesSections.growthWords(Lang.EN, -2.09)).isEqualTo("down 2.1%");
  }
}
