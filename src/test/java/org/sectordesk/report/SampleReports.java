package org.sectordesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A hand-built monthly report model for renderer tests (numbers from the seed's November 2024 review). */
public final class SampleReports {
  private SampleReports() {}

  public static final String SOURCE = "资料来源：Wind，示例研究所整理";

  /** The coverage table rows: sub-sector, code, name, month, vs index, YTD, close, mcap (亿). */
  public static final Object[][] COVERAGE = {
      {"文娱", "0772.HK", "阅文集团", 0.007, 0.039, -0.066, 28.3, 265.0},
      {"文娱", "IQ.O", "爱奇艺", -0.172, -0.234, -0.5925, 2.2, 149.0},
      {"游戏", "0700.HK", "腾讯控股", -0.016, 0.016, 0.2745, 398.0, 34064.0},
      {"游戏", "9999.HK", "网易", 0.091, 0.123, 0.2264, 134.4, 3985.0},
      {"平台", "SE.N", "SEA", 0.210, 0.148, 1.1872, 113.8, 4698.0},
      {"平台", "AMZN.O", "亚马逊", 0.115, 0.053, 1.4749, 207.9, 157121.0},
      {"SaaS", "3888.HK", "金山软件", 0.167, 0.200, 0.2150, 31.4, 387.0},
  };

  public static Report monthly() {
    NumberStyle pct1 = NumberStyle.percentBare(1);
    List<List<Cell>> rows = new ArrayList<>();
    for (Object[] r : COVERAGE) {
      rows.add(List.of(Cell.text((String) r[0]), Cell.text((String) r[1]), Cell.text((String) r[2]),
          Cell.num((Double) r[3], pct1), Cell.num((Double) r[4], pct1), Cell.num((Double) r[5], NumberStyle.percentBare(2)),
          Cell.num((Double) r[6], NumberStyle.plain(1)), Cell.num((Double) r[7], NumberStyle.grouped(0))));
    }
    Table coverage = new Table("11月互联网板块重点公司表现", true,
        List.of(List.of(HeaderCell.of("细分板块"), HeaderCell.of("证券代码"), HeaderCell.of("证券名称"),
            HeaderCell.of("月涨跌幅(%)"), HeaderCell.of("与所在指数对比(pct)"), HeaderCell.of("年初至今涨跌幅(%)"),
            HeaderCell.of("收盘价"), HeaderCell.of("市值（亿人民币）"))),
        rows, Set.of(0), "", SOURCE, "");

    Table forecast = new Table("重点公司盈利预测及投资评级", false,
        List.of(
            List.of(HeaderCell.of("公司代码"), HeaderCell.of("公司名称"), HeaderCell.of("投资评级"),
                HeaderCell.of("昨收盘"), HeaderCell.of("总市值(百万)"), HeaderCell.span("EPS", 2), HeaderCell.span("PE", 2)),
            List.of(HeaderCell.of(""), HeaderCell.of(""), HeaderCell.of(""), HeaderCell.of("港元/美元"),
                HeaderCell.of("港元/美元"), HeaderCell.of("2024E"), HeaderCell.of("2025E"), HeaderCell.of("2024E"),
                HeaderCell.of("2025E"))),
        List.of(
            List.of(Cell.text("0700.HK"), Cell.text("腾讯控股"), Cell.text("优于大市"), Cell.num(398.0, NumberStyle.plain(1)),
                Cell.num(3688428.0, NumberStyle.grouped(0)), Cell.num(24.1, NumberStyle.plain(1)),
                Cell.num(26.3, NumberStyle.plain(1)), Cell.num(15.25, NumberStyle.plain(0)), Cell.num(13.98, NumberStyle.plain(0))),
            List.of(Cell.text("9999.HK"), Cell.text("网易-S"), Cell.text("优于大市"), Cell.num(134.4, NumberStyle.plain(1)),
                Cell.num(431529.0, NumberStyle.grouped(0)), Cell.num(11.2, NumberStyle.plain(1)),
                Cell.num(12.0, NumberStyle.plain(1)), Cell.num(11.1, NumberStyle.plain(0)), Cell.num(10.4, NumberStyle.plain(0)))),
        Set.of(), "", "资料来源：Wind、示例研究所预测", "盈利预测");

    List<String> months = new ArrayList<>();
    List<Double> hstech = new ArrayList<>();
    List<Double> nasdaq = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      LocalDate m = LocalDate.of(2023, 11, 1).plusMonths(i);
      months.add(m.getYear() + "-" + String.format("%02d", m.getMonthValue()));
      hstech.add(Math.sin(i * 0.9) * 0.08 - 0.01);
      nasdaq.add(Math.cos(i * 0.7) * 0.05 + 0.015);
    }
    hstech.set(12, -0.032);
    nasdaq.set(12, 0.092);
    Figure monthlyBars = Figure.of("恒生科技指数 VS 纳斯达克互联网指数月度涨跌幅",
        new ChartSpec.Bars(months, List.of(new ChartSpec.BarSeries("恒生科技指数", hstech),
            new ChartSpec.BarSeries("纳斯达克互联网指数", nasdaq)), false, NumberStyle.percent(1), false, ""),
        SOURCE);
    List<LocalDate> days = new ArrayList<>();
    List<Double> l1 = new ArrayList<>();
    List<Double> l2 = new ArrayList<>();
    List<Double> pe = new ArrayList<>();
    LocalDate d = LocalDate.of(2023, 11, 1);
    for (int i = 0; i < 280; i++, d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() > 5) {
        continue;
      }
      days.add(d);
      l1.add(3800 + 600 * Math.sin(i / 40.0) + i * 1.5);
      l2.add(1100 + 250 * Math.sin(i / 55.0 + 1) + i * 0.8);
      pe.add(24 + 4 * Math.sin(i / 30.0));
    }
    Figure lines = Figure.of("恒生科技指数 VS 纳斯达克互联网指数月度走势",
        new ChartSpec.Lines(List.of(new ChartSpec.LineSeries("恒生科技指数", days, l1, false),
            new ChartSpec.LineSeries("纳斯达克互联网指数（右轴）", days, l2, true)), List.of(), NumberStyle.grouped(0), "", ""),
        SOURCE);
    Figure decliners = Figure.of("2024年11月互联网板块股价下跌的股票（%）",
        new ChartSpec.Bars(List.of("拼多多", "爱奇艺", "贝壳", "哔哩哔哩", "阿里巴巴", "百度集团"),
            List.of(new ChartSpec.BarSeries("月涨跌幅", List.of(-0.199, -0.172, -0.140, -0.133, -0.115, -0.089))),
            true, NumberStyle.percent(1), true, ""), SOURCE);
    Figure pes = Figure.of("恒生科技指数 PE-TTM 情况",
        new ChartSpec.Lines(List.of(new ChartSpec.LineSeries("PE-TTM", days, pe, false)),
            List.of(new ChartSpec.RefLine("均值", 24.0, false), new ChartSpec.RefLine("+1倍标准差", 27.0, true),
                new ChartSpec.RefLine("-1倍标准差", 21.0, true)), NumberStyle.multiple(1), "", ""), SOURCE);

    Table movers = new Table("港股重点个股本周行情表现（2024-09-02 至 2024-09-06）", true,
        List.of(List.of(HeaderCell.span("周涨幅前十", 4), HeaderCell.span("周跌幅前十", 4)),
            List.of(HeaderCell.of("股票代码"), HeaderCell.of("股票名称"), HeaderCell.of("市值（亿港元）"), HeaderCell.of("周涨跌幅"),
                HeaderCell.of("股票代码"), HeaderCell.of("股票名称"), HeaderCell.of("市值（亿港元）"), HeaderCell.of("周涨跌幅"))),
        List.of(List.of(Cell.text("0799.HK"), Cell.text("IGG"), Cell.num(41.33, NumberStyle.grouped(2)),
                Cell.num(0.0864, NumberStyle.percent(1)), Cell.text("1810.HK"), Cell.text("小米集团-W"),
                Cell.num(4625.83, NumberStyle.grouped(2)), Cell.num(-0.0492, NumberStyle.percent(1)))),
        Set.of(), "", "资料来源：iFinD，示例研究所", "");

    return new Report("互联网行业 2024 年 12 月投资策略", "估值回到布局区间", "示例研究所", LocalDate.of(2024, 12, 2),
        Lang.ZH, Numbering.monthlyZh(), HouseStyle.defaults(), List.of(
        Section.of("", 1, Paragraph.lead("行情回顾：", "11月恒生科技指数下跌3.2%，纳斯达克互联网指数上涨9.2%。"), forecast),
        Section.of("核心观点", 1, Paragraph.of("分析师写下的观点 <script>alert(1)</script> & **不是粗体** | 管道")),
        Section.of("", 1, new Toc("目录", 2), new ListOfFigures("图表目录"), new PageBreak()),
        Section.of("行情回顾：11月恒生科技指数下跌3.2%", 1, Paragraph.lead("指数情况：", "单月下跌3.2%。"), monthlyBars, lines),
        Section.of("个股表现", 2, new BulletList(List.of(Paragraph.of("港股：金山软件领涨。"), Paragraph.of("美股：SEA领涨。")), false),
            coverage, decliners),
        Section.of("估值", 2, Paragraph.of("恒生科技指数PE-TTM为20.59x，处于成立以来8.85%分位点。"), pes),
        Section.of("周度表现", 2, movers),
        Section.of("风险提示", 1, Paragraph.of("政策变化、竞争加剧、宏观波动。"))));
  }
}
