package org.sectordesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void equalNeighbouringTextCellsOfAMergedColumnSpanRows() {
    Table t = SampleReports.monthly().tables().stream().filter(x -> x.mergedColumns().contains(0)).findFirst().orElseThrow();
    int[][] spans = t.spans();
    assertThat(spans[0][0]).isEqualTo(2); // 文娱 x2
    assertThat(spans[1][0]).isZero();
    assertThat(spans[2][0]).isEqualTo(2); // 游戏 x2
    assertThat(spans[6][0]).isEqualTo(1); // SaaS
    assertThat(spans[0][1]).isEqualTo(1);
  }

  @Test
  void tableShapeIsChecked() {
    assertThatThrownBy(() -> new Table("t", true, List.of(List.of(HeaderCell.of("a"), HeaderCell.of("b"))),
        List.of(List.of(Cell.text("x"))), Set.of(), "", "", ""))
        .hasMessageContaining("row 1 of table 't' has 1 cells, the header has 2 columns");
    assertThatThrownBy(() -> new Table("t", true,
        List.of(List.of(HeaderCell.span("EPS", 2)), List.of(HeaderCell.of("2024E"))), List.of(), Set.of(), "", "", ""))
        .hasMessageContaining("header row 2 of table 't' spans 1 columns, the first spans 2");
  }

  @Test
  void figuresAndTablesShareOneCounterInDocumentOrder() {
    Report r = SampleReports.monthly();
    List<Report.Numbered> items = r.numberedItems();
    assertThat(items).extracting(Report.Numbered::caption).containsExactly(
        "图1：恒生科技指数 VS 纳斯达克互联网指数月度涨跌幅",
        "图2：恒生科技指数 VS 纳斯达克互联网指数月度走势",
        "图3：11月互联网板块重点公司表现",
        "图4：2024年11月互联网板块股价下跌的股票（%）",
        "图5：恒生科技指数 PE-TTM 情况",
        "图6：港股重点个股本周行情表现（2024-09-02 至 2024-09-06）");
  }

  @Test
  void numberingIsLayoutData() {
    assertThat(Numbering.weeklyZh().caption(9, "本周各行业涨跌幅统计")).isEqualTo("图表 9 本周各行业涨跌幅统计");
    assertThat(Numbering.english().caption(2, "Index levels")).isEqualTo("Figure 2: Index levels");
    assertThatThrownBy(() -> new Numbering("图", "{label}")).hasMessageContaining("{n}");
  }

  @Test
  void valuesValidateTheirFields() {
    assertThatThrownBy(() -> new HouseStyle(List.of("#123456", "blue"), "#000000", "#000000", "#FFFFFF"))
        .hasMessageContaining("seriesColours").hasMessageContaining("'blue'");
    assertThatThrownBy(() -> new Section("x", 4, List.of())).hasMessageContaining("level of section 'x' must be 1..3, got 4");
    assertThatThrownBy(() -> Cell.num(1.0, null)).hasMessageContaining("style");
    assertThat(Cell.num(Double.NaN, NumberStyle.plain(1))).isInstanceOf(Cell.Empty.class);
    assertThatThrownBy(() -> new Report("t", "", "h", LocalDate.of(2024, 1, 1), null, Numbering.monthlyZh(),
        HouseStyle.defaults(), List.of())).hasMessageContaining("lang");
  }
}
