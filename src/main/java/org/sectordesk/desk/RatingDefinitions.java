package org.sectordesk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.ratings.Band;
import org.sectordesk.ratings.RatingScheme;
import org.sectordesk.ratings.RatingTarget;
import org.sectordesk.ratings.Tier;
import org.sectordesk.ratings.TierScale;
import org.sectordesk.report.Lang;
import org.sectordesk.report.NumberStyle;
import org.sectordesk.report.TextSections;

/** A rating scheme written out for the report: the basis (horizon, benchmarks) and every tier's meaning. */
final class RatingDefinitions {
  private static final NumberStyle PCT = NumberStyle.percent(0);

  private RatingDefinitions() {}

  static TextSections.RatingScale of(RatingScheme scheme, ReferenceData ref, Lang lang) {
    boolean zh = lang == Lang.ZH;
    List<TextSections.Tier> tiers = new ArrayList<>();
    StringBuilder basis = new StringBuilder();
    for (RatingTarget target : RatingTarget.values()) {
      TierScale scale = scheme.scale(target).orElse(null);
      if (scale == null) {
        continue;
      }
      String category = zh ? (target == RatingTarget.STOCK ? "股票投资评级" : "行业投资评级")
          : (target == RatingTarget.STOCK ? "Stock ratings" : "Industry ratings");
      String horizon = scale.horizonFromMonths() == scale.horizonToMonths()
          ? scale.horizonFromMonths() + (zh ? "个月" : " months")
          : scale.horizonFromMonths() + (zh ? "到" : " to ") + scale.horizonToMonths() + (zh ? "个月" : " months");
      basis.append(zh ? category + "以报告发布日后" + horizon + "内" + (target == RatingTarget.STOCK ? "股价" : "行业指数")
          + "相对同期市场基准指数的涨跌幅为准。"
          : category + " compare the " + (target == RatingTarget.STOCK ? "share price" : "industry index")
          + " with the market benchmark over the " + horizon + " after publication. ");
      for (Tier t : scale.tiers()) {
        tiers.add(new TextSections.Tier(category, t.name(), meaning(t, zh)));
      }
    }
    List<String> marks = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : scheme.benchmarks().entrySet()) {
      List<String> names = e.getValue().stream().map(c -> ref.security(c).map(s -> name(s, zh) + "（" + c + "）").orElse(c))
          .toList();
      marks.add(venue(e.getKey(), zh) + (zh ? "以" : ": ") + String.join(zh ? "或" : " or ", names));
    }
    if (!marks.isEmpty()) {
      basis.append(zh ? "基准：" + String.join("；", marks) + "。" : "Benchmarks: " + String.join("; ", marks) + ".");
    }
    return new TextSections.RatingScale(scheme.name(), basis.toString().trim(), tiers);
  }

  private static String name(Security s, boolean zh) {
    return !zh && !s.nameEn().isEmpty() ? s.nameEn() : s.displayName();
  }

  private static String venue(String v, boolean zh) {
    if (!zh) {
      return v;
    }
    return switch (v) {
      case "CN" -> "A股市场";
      case "HK" -> "香港市场";
      case "US" -> "美国市场";
      case "NEEQ" -> "新三板市场";
      case "BSE" -> "北交所";
      default -> v;
    };
  }

  /** The tier's band in words, e.g. "相对基准超额收益高于10%" / "more than 10% above the benchmark". */
  static String meaning(Tier t, boolean zh) {
    Band b = t.band();
    if (b == null) {
      return zh ? "相对市场基准无明确观点" : (t.description().isEmpty() ? "no view" : t.description());
    }
    if (b.min() != null && b.max() != null) {
      return zh ? "相对基准涨跌幅介于" + PCT.format(b.min()) + "与" + PCT.format(b.max()) + "之间"
          : "between " + PCT.format(b.min()) + " and " + PCT.format(b.max()) + " relative to the benchmark";
    }
    if (b.min() != null) {
      return zh ? "相对基准涨幅" + (b.minInclusive() ? "不低于" : "高于") + PCT.format(b.min())
          : (b.minInclusive() ? "at least " : "more than ") + PCT.format(b.min()) + " above the benchmark";
    }
    return zh ? "相对基准涨幅" + (b.maxInclusive() ? "不高于" : "低于") + PCT.format(b.max())
        : (b.maxInclusive() ? "at most " : "less than ") + PCT.format(b.max()) + " relative to the benchmark";
  }
}
