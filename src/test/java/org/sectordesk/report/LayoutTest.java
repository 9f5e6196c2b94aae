package org.sectordesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

  private static Layout read(String yaml) throws Exception {
    return Layout.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "layouts/mine.yaml");
  }

  @Test
  void builtInMonthlyFollowsTheMonthlyStrategyOrder() {
    Layout l = Layout.builtIn("monthly");
    assertThat(l.kind()).isEqualTo("monthly");
    assertThat(l.numbering(Lang.ZH).caption(1, "x")).isEqualTo("图1：x");
    List<String> types = l.sections().stream().map(SectionSpec::type).toList();
    assertThat(types).containsSubsequence("cover", "markdown_text", "forecast_table", "toc", "list_of_figures",
        "index_monthly_returns", "index_levels", "top_movers_text", "coverage_table", "decliners", "top_gainers",
        "valuation_pe", "news", "markdown_text", "analyst_bios", "rating_definitions", "disclaimer");
    assertThat(l.sections().get(6).list("indices")).containsExactly("HSTECH.HI", "QNET.GI");
    assertThat(l.sections().get(6).integer("months", 0)).isEqualTo(13);
  }

  @Test
  void builtInWeeklyNumbersAsExhibits() {
    Layout l = Layout.builtIn("weekly");
    assertThat(l.kind()).isEqualTo("weekly");
    assertThat(l.numbering(Lang.ZH).caption(10, "x")).isEqualTo("图表 10 x");
    assertThat(l.sections().stream().map(SectionSpec::type).toList()).containsSubsequence("weekly_index_table",
        "index_levels", "sw_industry_rank", "watchlist_movers", "ai_tracker", "news", "announcements", "rating_definitions",
        "disclaimer");
    assertThat(l.dataSource()).isEqualTo("iFinD");
  }

  @Test
  void errorsNameTheFileThePlaceAndTheValue() {
    assertThatThrownBy(() -> read("id: x\nkind: monthly\nsections:\n  - type: coverage_table\n  - type: pie_chart\n"))
        .hasMessageContaining("layouts/mine.yaml sections[2]").hasMessageContaining("'pie_chart'");
    assertThatThrownBy(() -> read("id: x\nkind: daily\nsections:\n  - type: toc\n"))
        .hasMessageContaining("[kind]").hasMessageContaining("'daily'");
    assertThatThrownBy(() -> read("id: x\nkind: weekly\ncolour: red\nsections:\n  - type: toc\n"))
        .hasMessageContaining("layouts/mine.yaml").hasMessageContaining("'colour'");
    assertThatThrownBy(() -> read("id: x\nkind: weekly\nsections:\n  - type: top_gainers\n    top: ten\n")
        .sections().get(0).integer("top", 10))
        .hasMessageContaining("sections[1]").hasMessageContaining("[top]").hasMessageContaining("'ten'");
    assertThatThrownBy(() -> read("id: x\nkind: weekly\nsections: [\n")).hasMessageContaining("layouts/mine.yaml: not valid YAML");
  }

  @Test
  void sectionParametersAndHeadings() throws Exception {
    Layout l = read("id: x\nkind: weekly\nnumbering: {label: 图表, pattern: \"{label} {n} {caption}\"}\nsections:\n"
        + "  - type: watchlist_movers\n    heading: 个股\n    heading_en: Stocks\n    level: 2\n    watch_lists: [hk, us]\n    top: 5\n");
    SectionSpec s = l.sections().get(0);
    assertThat(s.level()).isEqualTo(2);
    assertThat(s.heading(Lang.ZH)).isEqualTo("个股");
    assertThat(s.heading(Lang.EN)).isEqualTo("Stocks");
    assertThat(s.list("watch_lists")).containsExactly("hk", "us");
    assertThat(s.integer("top", 10)).isEqualTo(5);
    assertThat(s.flag("separate", false)).isFalse();
  }

  @Test
  void houseFileGivesNameSourceLineAndColours() throws Exception {
    House h = House.read(new ByteArrayInputStream(("name: 甲证券研究所\ncolours:\n  series: ['#112233', '#445566']\n"
        + "  accent: '#778899'\n").getBytes(StandardCharsets.UTF_8)), "house.yaml");
    assertThat(h.sourceLine(Lang.ZH, "Wind")).isEqualTo("资料来源：Wind，甲证券研究所整理");
    assertThat(h.sourceLine(Lang.EN, "iFinD")).isEqualTo("Source: iFinD, 甲证券研究所");
    assertThat(h.style().series(1)).isEqualTo("#445566");
    assertThat(h.style().accent()).isEqualTo("#778899");
    assertThat(House.defaults().name()).isEqualTo("示例证券研究所");
    assertThatThrownBy(() -> House.read(new ByteArrayInputStream("name: x\ncolours: {accent: navy}\n"
        .getBytes(StandardCharsets.UTF_8)), "house.yaml")).hasMessageContaining("house.yaml: [colours]").hasMessageContaining("'navy'");
  }
}
