package org.sectordesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSectionsTest {

  @Test
  void analystMarkdownBecomesSectionsParagraphsListsAndBoldRunsOnly() {
    List<Section> s = TextSections.markdown("核心观点", 1, """
        **行情：**本月指数回落。<b>不是标签</b>
        第二行接上。

        - 第一点
        - 第二点

        ## 投资建议
        1. 增配龙头
        2. 关注 AI 应用
        """);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).heading()).isEqualTo("核心观点");
    Paragraph p = (Paragraph) s.get(0).blocks().get(0);
    assertThat(p.runs().get(0)).isEqualTo(Run.bold("行情："));
    assertThat(p.text()).isEqualTo("行情：本月指数回落。<b>不是标签</b>第二行接上。");
    BulletList l = (BulletList) s.get(0).blocks().get(1);
    assertThat(l.ordered()).isFalse();
    assertThat(l.items()).extracting(Paragraph::text).containsExactly("第一点", "第二点");
    assertThat(s.get(1).heading()).isEqualTo("投资建议");
    assertThat(s.get(1).level()).isEqualTo(3);
    assertThat(((BulletList) s.get(1).blocks().get(0)).ordered()).isTrue();
  }

  @Test
  void forecastTablePrintsPeAsIntegersAndNegativePeWithOneDecimal() {
    SectionContext ctx = new SectionContext(Messages.of(Lang.ZH), House.defaults(), "Wind");
    Table t = (Table) TextSections.forecastTable(ctx, List.of(
        new TextSections.ForecastLine("0700.HK", "腾讯控股", "优于大市", 398.0, 3688428.0,
            java.util.Map.of(2024, 24.1, 2025, 26.3), java.util.Map.of(2024, 15.2, 2025, 13.9)),
        new TextSections.ForecastLine("ZH.N", "知乎", "中性", 3.6, 2300.0,
            java.util.Map.of(2024, -0.05), java.util.Map.of(2024, -72.0))), List.of(2024, 2025), "港元/美元", "资料来源：x").get(0);
    assertThat(t.header().get(0)).extracting(HeaderCell::text).contains("EPS", "PE");
    assertThat(t.header().get(1)).extracting(HeaderCell::text).containsSubsequence("2024E", "2025E", "2024E", "2025E");
    assertThat(t.rows().get(0)).extracting(Cell::printed).containsExactly("0700.HK", "腾讯控股", "优于大市", "398.0",
        "3,688,428", "24.1", "26.3", "15", "14");
    assertThat(t.rows().get(1).get(7).printed()).isEqualTo("-72.0");
    // a year without an estimate prints a dash
    assertThat(t.rows().get(1).get(6).printed()).isEqualTo("—");
    assertThat(t.rows().get(1).get(8).printed()).isEqualTo("—");
  }

  @Test
  void emptyInputsSayPlainlyThatThereIsNoData() {
    SectionContext ctx = new SectionContext(Messages.of(Lang.ZH), House.defaults(), "Wind");
    List<Block> b = TextSections.announcements(ctx, java.time.LocalDate.of(2024, 9, 2), java.time.LocalDate.of(2024, 9, 6), List.of());
    assertThat(b).singleElement().isInstanceOf(Paragraph.class);
    assertThat(((Paragraph) b.get(0)).text()).contains("暂无公司公告数据");
    SectionContext en = new SectionContext(Messages.of(Lang.EN), House.defaults(), "Wind");
    assertThat(((Paragraph) TextSections.aiTracker(en, java.time.LocalDate.of(2024, 9, 7), List.of()).get(0)).text())
        .isEqualTo("The workspace has no AI application tracker data; this section is left out.");
  }
}
