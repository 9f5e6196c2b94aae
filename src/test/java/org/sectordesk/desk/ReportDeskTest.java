package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.report.Block;
import org.sectordesk.report.Figure;
import org.sectordesk.report.Lang;
import org.sectordesk.report.Paragraph;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.Section;
import org.sectordesk.report.Table;

class ReportDeskTest {
  private static ReportDesk desk;

  @BeforeAll
  static void fonts() {
    desk = new ReportDesk(ReportFonts.load());
  }

  private static ReportDesk.Setup setup(String kind, Lang lang, Path dir) {
    return ReportDesk.setup(dir, kind, lang, java.util.Map.of());
  }

  private static String allText(Report r) {
    StringBuilder sb = new StringBuilder();
    for (Section s : r.sections()) {
      sb.append(s.heading()).append('\n');
      for (Block b : s.blocks()) {
        if (b instanceof Paragraph p) {
          sb.append(p.text()).append('\n');
        } else if (b instanceof org.sectordesk.report.BulletList l) {
          l.items().forEach(i -> sb.append(i.text()).append('\n'));
        }
      }
    }
    return sb.toString();
  }

  @Test
  void monthlyReportHasEverySectionOfTheLayoutInAllFormats(@TempDir Path dir) throws Exception {
    FixtureSources src = new FixtureSources();
    ReportDesk.Outcome o = desk.monthly(src, setup("monthly", Lang.ZH, dir), YearMonth.of(2024, 11), Lang.ZH,
        EnumSet.allOf(ReportFormat.class), dir.resolve("out"), null);
    String look = System.getProperty("report.look");
    if (look != null) { // -Dreport.look=DIR keeps every output for a person to look at
      desk.write(o.report(), EnumSet.allOf(ReportFormat.class), Path.of(look), "monthly", null);
      FixtureSources w = new FixtureSources();
      Report weekly = new ReportComposer(w, setup("weekly", Lang.ZH, dir).house(), "免责").weekly(
          setup("weekly", Lang.ZH, dir).layout(), LocalDate.of(2024, 9, 4), Lang.ZH, java.util.Map.of("sector", "传媒互联网"));
      desk.write(weekly, EnumSet.allOf(ReportFormat.class), Path.of(look), "weekly", null);
      Report en = new ReportComposer(w, setup("monthly", Lang.EN, dir).house(), "Disclaimer").monthly(
          setup("monthly", Lang.EN, dir).layout(), YearMonth.of(2024, 11), Lang.EN, java.util.Map.of("sector_en", "Internet"));
      desk.write(en, EnumSet.of(ReportFormat.PDF), Path.of(look), "monthly-en", null);
    }
    Report r = o.report();
    assertThat(r.title()).isEqualTo("互联网行业2024年12月投资策略");
    assertThat(r.numberedItems()).extracting(Report.Numbered::caption).startsWith(
        "图1：恒生科技指数 VS 纳斯达克互联网指数月度涨跌幅", "图2：恒生科技指数及纳斯达克互联网指数走势", "图3：11月互联网板块重点公司表现");
    assertThat(r.numberedItems()).extracting(Report.Numbered::caption)
        .anyMatch(c -> c.contains("2024年11月互联网板块股价下跌的股票"))
        .anyMatch(c -> c.contains("涨幅TOP 8的股票") || c.contains("涨幅TOP 10的股票"))
        .anyMatch(c -> c.endsWith("恒生科技指数 PE-TTM 情况"));
    String text = allText(r);
    assertThat(text).contains("行情回顾：11月恒生科技指数").contains("港股本月涨幅居前三的是").contains("美股本月涨幅居前三的是")
        .contains("PE-TTM 为").contains("分位").contains("关注龙头的利润率").contains("分析师声明")
        .contains("混元大模型升级");
    Table coverage = r.tables().stream().filter(t -> t.caption().contains("重点公司表现")).findFirst().orElseThrow();
    assertThat(coverage.rows()).hasSize(8);
    assertThat(coverage.mergedColumns()).containsExactly(0);
    assertThat(o.files()).hasSize(5).allSatisfy(w -> assertThat(w.file()).exists());
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("out/monthly-2024-11.pdf")))) {
      String t = new PDFTextStripper().getText(pdf);
      assertThat(t).contains("图1：恒生科技指数 VS 纳斯达克互联网指数月度涨跌幅").contains("示例证券研究所投资评级说明");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("out/monthly-2024-11.docx"))))) {
      List<String> caps = doc.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
      assertThat(caps).contains("图3：11月互联网板块重点公司表现");
    }
    assertThat(dir.resolve("out/monthly-2024-11-figures/fig-1.png")).exists();
  }

  @Test
  void sectionsWithoutDataSaySoAndPrintNoPlaceholderTable(@TempDir Path dir) {
    FixtureSources src = new FixtureSources();
    src.withExtras = false;
    Report r = new ReportComposer(src, setup("monthly", Lang.ZH, dir).house(), "免责").monthly(
        setup("monthly", Lang.ZH, dir).layout(), YearMonth.of(2024, 11), Lang.ZH, java.util.Map.of("sector", "互联网"));
    String text = allText(r);
    assertThat(text).contains("工作区中暂无盈利预测与评级数据，本节从略。").contains("工作区中暂无新闻数据")
        .contains("工作区中暂无评级体系数据");
    assertThat(r.tables()).noneMatch(t -> t.sheetName().equals("盈利预测"));
  }

  @Test
  void weeklyReportNumbersExhibitsAndRanksIndustries(@TempDir Path dir) {
    FixtureSources src = new FixtureSources();
    Report r = new ReportComposer(src, setup("weekly", Lang.ZH, dir).house(), "免责").weekly(
        setup("weekly", Lang.ZH, dir).layout(), LocalDate.of(2024, 9, 4), Lang.ZH, java.util.Map.of("sector", "传媒互联网"));
    assertThat(r.title()).isEqualTo("传媒互联网周报（2024-09-02至2024-09-06）");
    List<String> caps = r.numberedItems().stream().map(Report.Numbered::caption).toList();
    assertThat(caps.get(0)).isEqualTo("图表 1 主要指数周涨跌幅（2024-09-02至2024-09-06）");
    assertThat(caps).anyMatch(c -> c.startsWith("图表 ") && c.contains("本周申万一级行业涨跌幅"))
        .anyMatch(c -> c.contains("港股重点个股涨跌幅前10（2024-09-02至2024-09-06）"))
        .anyMatch(c -> c.contains("重点公司本周重要公告"));
    String text = allText(r);
    assertThat(text).contains("在申万4个一级行业中分别排名第").contains("在TMT四个行业").contains("港股重点个股本周涨幅前三：")
        .contains("工作区中暂无AI应用进展数据");
    // the layout lists the indices of the week in the order the weekly report prints them
    Table idx = r.tables().get(0);
    assertThat(idx.rows()).extracting(row -> row.get(1).printed()).containsExactly("000300.SH", "HSTECH.HI", "IXIC.GI", "801760.SI", "801750.SI");
    Table hk = r.tables().stream().filter(t -> t.caption().contains("港股重点个股")).findFirst().orElseThrow();
    assertThat(hk.header().get(0)).extracting(h -> h.text()).containsExactly("周涨幅前10", "周跌幅前10");
    assertThat(r.sections().stream().flatMap(s -> s.blocks().stream()).filter(b -> b instanceof Figure).count())
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void englishLabelsWithLangEn(@TempDir Path dir) {
    FixtureSources src = new FixtureSources();
    Report r = new ReportComposer(src, setup("monthly", Lang.EN, dir).house(), "Disclaimer").monthly(
        setup("monthly", Lang.EN, dir).layout(), YearMonth.of(2024, 11), Lang.EN,
        java.util.Map.of("sector_en", "Internet", "sector", "互联网"));
    assertThat(r.title()).isEqualTo("Internet sector strategy, 2024-12");
    assertThat(r.numberedItems().get(0).caption()).isEqualTo("Figure 1: Hang Seng TECH vs Nasdaq Internet: monthly returns");
    assertThat(allText(r)).contains("Market review: Hang Seng TECH").contains("three best performers");
  }

  @Test
  void workspaceLayoutHouseAndDisclaimerFilesAreUsedAndCheckedSetupErrorsNameTheFile(@TempDir Path dir) throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("layouts"));
    java.nio.file.Files.writeString(dir.resolve("layouts/monthly.yaml"), """
        id: mine
        kind: monthly
        title: "{house}：{sector}月报"
        numbering: {label: 图表, pattern: "{label}{n} {caption}"}
        sections:
          - type: coverage_table
            heading: 覆盖公司
          - type: disclaimer
        """);
    java.nio.file.Files.writeString(dir.resolve("house.yaml"), """
        name: 甲研究所
        source_line: "数据来源：{data}；{house}"
        disclaimer: texts/disclaimer.md
        """);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportDesk.setup(dir, "monthly", Lang.ZH, java.util.Map.of()))
        .hasMessageContaining("house.yaml: [disclaimer] names texts/disclaimer.md, which is not in the workspace");
    java.nio.file.Files.createDirectories(dir.resolve("texts"));
    java.nio.file.Files.writeString(dir.resolve("texts/disclaimer.md"), "## 声明\n\n本报告仅供内部讨论。\n");
    ReportDesk.Setup s = ReportDesk.setup(dir, "monthly", Lang.ZH, java.util.Map.of("sector", "传媒"));
    Report r = new ReportComposer(new FixtureSources(), s.house(), s.disclaimer()).monthly(s.layout(), YearMonth.of(2024, 11),
        Lang.ZH, s.names());
    assertThat(r.title()).isEqualTo("甲研究所：传媒月报");
    assertThat(r.numberedItems()).extracting(Report.Numbered::caption).containsExactly("图表1 11月传媒板块重点公司表现");
    assertThat(r.tables().get(0).source()).isEqualTo("数据来源：Wind；甲研究所");
    assertThat(allText(r)).contains("本报告仅供内部讨论。");
    java.nio.file.Files.writeString(dir.resolve("layouts/weekly.yaml"), "id: w\nkind: monthly\nsections:\n  - type: toc\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportDesk.setup(dir, "weekly", Lang.ZH, java.util.Map.of()))
        .hasMessageContaining("layouts/weekly.yaml: [kind] is 'monthly', the command makes a weekly report");
  }
}
