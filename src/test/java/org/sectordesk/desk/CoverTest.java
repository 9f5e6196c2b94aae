package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.PriceHistory;
import org.sectordesk.domain.PublishedRating;
import org.sectordesk.report.BulletList;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.Figure;
import org.sectordesk.report.House;
import org.sectordesk.report.Lang;
import org.sectordesk.report.Layout;
import org.sectordesk.report.Paragraph;
import org.sectordesk.report.Report;
import org.sectordesk.report.Section;
import org.sectordesk.report.Table;

/** The cover: rating and its change from the rating book, analysts, the relative-performance chart, related reports. */
class CoverTest {
  static final String ANALYSTS = """
      analysts:
        - {id: a, name: 甲分析师, role: 证券分析师, sac: S0990519070001, phone: 021-1, email: a@example.com, bio: 示例人物甲。}
        - {id: b, name: 乙联系人, role: 联系人, email: b@example.com, bio: 示例人物乙。}
      """;
  static final String PUBLICATIONS = """
      # sample
      date,title,kind,sector
      2024-10-08,十月策略,monthly,互联网
      2024-11-04,"十一月策略, 利润底部抬升",monthly,互联网
      2024-11-18,传媒周报,weekly,传媒
      2024-12-02,当期报告,monthly,互联网
      """;

  static final class Sources extends AnalystContentTest.WithFiles {
    @Override
    public List<PublishedRating> ratingsOf(String code) {
      return code.equals("801760.SI") ? List.of(
          new PublishedRating(LocalDate.of(2024, 5, 20), code, "other", "增持", Double.NaN, "", ""),
          new PublishedRating(LocalDate.of(2024, 8, 12), code, "house", "中性", Double.NaN, "", ""),
          new PublishedRating(LocalDate.of(2024, 11, 4), code, "house", "优于大市", Double.NaN, "", ""),
          new PublishedRating(LocalDate.of(2025, 1, 6), code, "house", "弱于大市", Double.NaN, "", "")) : List.of();
    }

    @Override
    public List<String> tierOrder(String scheme) {
      return List.of("优于大市", "中性", "弱于大市");
    }
  }

  static Sources sources() throws Exception {
    Sources s = new Sources();
    s.files.putAll(AnalystContentTest.workspace().files);
    s.files.put("analysts.yaml", ANALYSTS.getBytes(StandardCharsets.UTF_8));
    s.files.put("publications.csv", PUBLICATIONS.getBytes(StandardCharsets.UTF_8));
    return s;
  }

  static Layout layout(String cover) throws Exception {
    return Layout.read(new ByteArrayInputStream(("""
        id: t
        kind: monthly
        sections:
          - type: cover
        """ + cover + """
          - type: coverage_table
          - type: analyst_bios
            heading: 分析师简介
            analysts: [b]
        """).getBytes(StandardCharsets.UTF_8)), "layouts/monthly.yaml");
  }

  @Test
  void coverPrintsRatingAndChangeAnalystsChartAndLatestRelatedReports() throws Exception {
    Sources src = sources();
    Report r = new ReportComposer(src, House.defaults(), "").monthly(layout("""
            sector_index: 801760.SI
            base_index: 000300.SH
            rating_scheme: house
            related: 2
        """), YearMonth.of(2024, 11), Lang.ZH, Map.of("sector", "传媒"));
    Section cover = r.sections().get(0);
    assertThat(((Paragraph) cover.blocks().get(0)).text()).isEqualTo("传媒 · 行业评级：优于大市 · 上调评级");
    Table analysts = (Table) cover.blocks().get(1);
    assertThat(analysts.rows()).hasSize(2);
    assertThat(analysts.rows().get(0).get(0).printed()).isEqualTo("证券分析师：甲分析师");
    assertThat(analysts.rows().get(0).get(1).printed()).isEqualTo("S0990519070001");
    Figure chart = (Figure) cover.blocks().get(3);
    assertThat(r.numberedItems()).noneMatch(n -> n.block() == chart); // the cover chart takes no figure number
    ChartSpec.Lines lines = (ChartSpec.Lines) chart.chart();
    // rebased to 0 on 2023-12-02 (a Saturday): the base is the close of Friday 2023-12-01
    PriceHistory media = src.base.market.histories.get("801760.SI");
    double base = media.close(media.indexOnOrBefore(LocalDate.of(2023, 12, 1)));
    int last = media.indexOnOrBefore(LocalDate.of(2024, 11, 29));
    assertThat(lines.series().get(0).dates().get(0)).isEqualTo(LocalDate.of(2023, 12, 2));
    assertThat(lines.series().get(0).values().get(0)).isEqualTo(0.0);
    assertThat(lines.series().get(0).values().get(lines.series().get(0).values().size() - 1))
        .isCloseTo(media.close(last) / base - 1, offset(1e-12));
    assertThat(lines.series().get(0).dates().get(lines.series().get(0).dates().size() - 1)).isEqualTo(LocalDate.of(2024, 11, 29));
    BulletList related = (BulletList) cover.blocks().get(5);
    // the latest two before the report date (2024-12-02), newest first; the report of the day itself is not "related"
    assertThat(related.items()).extracting(Paragraph::text).containsExactly("《传媒周报》——2024-11-18",
        "《十一月策略, 利润底部抬升》——2024-11-04");
    Section bios = r.sections().get(r.sections().size() - 1);
    assertThat(bios.heading()).isEqualTo("分析师简介");
    assertThat(((Paragraph) bios.blocks().get(0)).text()).isEqualTo("联系人：乙联系人，示例人物乙。");
  }

  @Test
  void ratingChangeIsMaintainedFirstOrGivenByTheLayout() throws Exception {
    Sources src = sources();
    Report r = new ReportComposer(src, House.defaults(), "").monthly(layout("""
            rating_code: 801760.SI
            rating_scheme: other
        """), YearMonth.of(2024, 11), Lang.ZH, Map.of("sector", "传媒"));
    assertThat(((Paragraph) r.sections().get(0).blocks().get(0)).text()).endsWith("增持 · 首次评级");
    r = new ReportComposer(src, House.defaults(), "").monthly(layout("""
            rating: 中性
            rating_change: 维持
        """), YearMonth.of(2024, 11), Lang.ZH, Map.of("sector", "传媒"));
    assertThat(((Paragraph) r.sections().get(0).blocks().get(0)).text()).isEqualTo("传媒 · 行业评级：中性 · 维持评级");
  }

  @Test
  void registryErrorsNameFileEntryAndField() throws Exception {
    Sources src = sources();
    src.files.put("analysts.yaml", "analysts:\n  - {id: a, name: 甲, sac: 12345}\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new ReportComposer(src, House.defaults(), "").monthly(layout(""), YearMonth.of(2024, 11),
        Lang.ZH, Map.of())).hasMessageContaining("analysts.yaml analysts[1]: [sac] '12345' is not a SAC certificate number");
    Sources src2 = sources();
    src2.files.put("publications.csv", "date,title,kind,sector\n2024-13-01,x,monthly,互联网\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new ReportComposer(src2, House.defaults(), "").monthly(layout(""), YearMonth.of(2024, 11),
        Lang.ZH, Map.of())).hasMessageContaining("publications.csv:2: [date] '2024-13-01' is not a date");
    Sources src3 = sources();
    assertThatThrownBy(() -> new ReportComposer(src3, House.defaults(), "").monthly(layout("""
            analysts: [a, zz]
        """), YearMonth.of(2024, 11), Lang.ZH, Map.of())).hasMessageContaining(
        "layouts/monthly.yaml sections[1] (cover): [analysts] names 'zz', which analysts.yaml does not list");
  }
}
