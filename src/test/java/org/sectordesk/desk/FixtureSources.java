package org.sectordesk.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectordesk.domain.BenchmarkMap;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.ValuationPoint;
import org.sectordesk.domain.WatchList;
import org.sectordesk.report.Lang;
import org.sectordesk.report.TextSections;
import org.sectordesk.store.MarketStore;

/** A small hand-made workspace for composer tests: 8 names, 4 indices, 4 SW industries, 2 watch lists. */
final class FixtureSources implements ReportSources {
  final InMemoryMarket market = new InMemoryMarket();
  final ReferenceData ref;
  boolean withExtras = true;

  FixtureSources() {
    List<Security> s = new ArrayList<>(List.of(
        Security.stock("0700.HK", "腾讯控股", "Tencent", "游戏"),
        Security.stock("9999.HK", "网易", "NetEase", "游戏"),
        Security.stock("3690.HK", "美团", "Meituan", "电商"),
        Security.stock("3888.HK", "金山软件", "Kingsoft", "SaaS"),
        Security.stock("PDD.O", "拼多多", "PDD", "电商"),
        Security.stock("SE.N", "SEA", "Sea", "电商"),
        Security.stock("BILI.O", "哔哩哔哩", "Bilibili", "社区"),
        Security.stock("IQ.O", "爱奇艺", "iQIYI", "文娱"),
        Security.index("HSTECH.HI", "恒生科技指数", "Hang Seng TECH"),
        Security.index("IXIC.GI", "纳斯达克指数", "Nasdaq Composite"),
        Security.index("000300.SH", "沪深300", "CSI 300"),
        Security.index("QNET.GI", "纳斯达克互联网指数", "Nasdaq Internet"),
        Security.index("801760.SI", "传媒(申万)", "SW Media"),
        Security.index("801750.SI", "计算机(申万)", "SW Computer"),
        Security.index("801080.SI", "电子(申万)", "SW Electronics"),
        Security.index("801770.SI", "通信(申万)", "SW Telecom")));
    List<String> coverage = List.of("IQ.O", "0700.HK", "9999.HK", "BILI.O", "3690.HK", "PDD.O", "SE.N", "3888.HK");
    ref = ReferenceData.of(s, coverage, List.of(
        new WatchList("hk", "港股重点个股", Market.HK, List.of("0700.HK", "9999.HK", "3690.HK", "3888.HK")),
        new WatchList("us", "美股重点个股", Market.US, List.of("PDD.O", "SE.N", "BILI.O", "IQ.O"))),
        new BenchmarkMap(Map.of(Market.HK, "HSTECH.HI", Market.US, "IXIC.GI", Market.CN, "000300.SH")), "CNY");
    LocalDate from = LocalDate.of(2023, 10, 2);
    LocalDate to = LocalDate.of(2024, 12, 31);
    double[][] params = {{398, 0.0004, 0.05}, {134, 0.0006, 0.04}, {168, -0.0003, 0.08}, {31, 0.0008, 0.06},
        {96, -0.0002, 0.09}, {113, 0.0015, 0.05}, {19, -0.0004, 0.1}, {2.2, -0.0012, 0.07},
        {3900, 0.0002, 0.07}, {14000, 0.0009, 0.04}, {3500, 0.0001, 0.03}, {1200, 0.0011, 0.05}, {600, 0.0003, 0.05}, {3800, -0.0002, 0.06},
        {4200, 0.0001, 0.04}, {2800, 0.0005, 0.03}};
    for (int i = 0; i < s.size(); i++) {
      market.series(s.get(i).code(), from, to, params[i][0], params[i][1], params[i][2]);
    }
    for (String c : coverage) {
      market.caps.put(c, Capitalisation.shares(c, from, 1e9));
    }
    market.fx.add(new FxRate(from, "HKD", "CNY", 0.92));
    market.fx.add(new FxRate(from, "USD", "CNY", 7.2));
    List<ValuationPoint> pe = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2020, 7, 27); d.isBefore(to); d = d.plusDays(7)) {
      pe.add(new ValuationPoint("HSTECH.HI", d, 30 + 10 * Math.sin(d.toEpochDay() / 120.0)));
    }
    market.valuation.put("HSTECH.HI", pe);
  }

  @Override
  public ReferenceData reference() {
    return ref;
  }

  @Override
  public MarketStore market() {
    return market;
  }

  @Override
  public Optional<String> text(String relativePath) {
    return relativePath.endsWith("monthly-core-views.md")
        ? Optional.of("**行情回顾：**港股互联网本月回调，估值回到历史低位。\n\n- 关注龙头的利润率\n- 关注 AI 应用的落地节奏\n")
        : Optional.empty();
  }

  @Override
  public List<TextSections.ForecastLine> forecasts(LocalDate asOf, List<Integer> years) {
    return withExtras ? List.of(new TextSections.ForecastLine("0700.HK", "腾讯控股", "优于大市", 398.0, 3688428.0,
        Map.of(2024, 24.1, 2025, 26.3), Map.of(2024, 15.2, 2025, 13.9))) : List.of();
  }

  @Override
  public Optional<TextSections.RatingScale> ratingScale(String schemeId, Lang lang) {
    return withExtras ? Optional.of(new TextSections.RatingScale("投资评级标准", "以报告发布后6到12个月内相对基准指数的涨跌幅为准。",
        List.of(new TextSections.Tier("股票投资评级", "优于大市", "相对基准指数涨幅超过10%"),
            new TextSections.Tier("股票投资评级", "中性", "相对基准指数涨跌幅在±10%之间"),
            new TextSections.Tier("行业投资评级", "优于大市", "行业指数相对基准指数涨幅超过10%")))) : Optional.empty();
  }

  @Override
  public List<TextSections.NewsLine> news(Period period) {
    return withExtras ? List.of(
        new TextSections.NewsLine("ai", "腾讯", period.start().plusDays(3), "混元大模型升级", "新版本在长文本上有提升。", "示例来源"),
        new TextSections.NewsLine("games", "", period.start().plusDays(5), "版号发放", "本月发放一批国产游戏版号。", ""))
        : List.of();
  }

  @Override
  public List<TextSections.AnnouncementLine> announcements(Period period) {
    return withExtras ? List.of(new TextSections.AnnouncementLine(period.start().atTime(18, 30), "0700.HK", "腾讯控股",
        "回购股份的公告 <测试>")) : List.of();
  }

  @Override
  public List<TextSections.TrackerLine> aiTracker(LocalDate asOf) {
    return List.of();
  }

  @Override
  public List<String> missing() {
    return withExtras ? List.of("ai_tracker") : List.of("estimates", "ratings", "news", "announcements", "ai_tracker");
  }

  static LocalDateTime at(int y, int m, int d) {
    return LocalDateTime.of(y, m, d, 0, 0);
  }
}
