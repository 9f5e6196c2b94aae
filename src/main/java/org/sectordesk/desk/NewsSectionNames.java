package org.sectordesk.desk;

import java.util.Map;
import org.sectordesk.report.Lang;

/** Headings of the news sections in both languages. */
final class NewsSectionNames {
  private static final Map<String, String[]> NAMES = Map.of(
      "ai", new String[] {"人工智能动态", "AI"},
      "policy", new String[] {"行业政策", "Policy"},
      "games", new String[] {"游戏", "Games"},
      "fintech", new String[] {"金融科技", "Fintech"},
      "ecommerce", new String[] {"电商", "E-commerce"},
      "local_services", new String[] {"本地生活", "Local services"},
      "short_video", new String[] {"短视频", "Short video"},
      "other", new String[] {"公司新闻", "Company news"});

  private NewsSectionNames() {}

  static String name(String section, Lang lang) {
    String[] n = NAMES.get(section);
    return n == null ? section : n[lang == Lang.ZH ? 0 : 1];
  }
}
