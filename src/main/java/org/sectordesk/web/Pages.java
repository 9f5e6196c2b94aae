package org.sectordesk.web;

import java.util.List;
import java.util.Map;
import org.sectordesk.report.Lang;

/**
 * The page shells: a title, the navigation and an empty main element that {@code desk.js} fills from the JSON API
 * (with {@code textContent} only, so no data is ever parsed as HTML). Chinese by default, English with ?lang=en.
 */
final class Pages {
  static final List<String> ALL = List.of("dashboard", "movers", "indices", "ratings", "news", "reports", "status");

  private static final Map<String, String[]> TITLES = Map.of(
      "dashboard", new String[] {"行情总览", "Dashboard"},
      "movers", new String[] {"涨跌幅排行", "Movers"},
      "indices", new String[] {"指数与估值", "Indices & valuation"},
      "ratings", new String[] {"评级记录", "Rating book"},
      "news", new String[] {"新闻", "News"},
      "reports", new String[] {"报告", "Reports"},
      "status", new String[] {"数据状态", "Data status"},
      "security", new String[] {"个股", "Security"},
      "login", new String[] {"登录", "Log in"});

  private Pages() {}

  static String title(String page, Lang lang) {
    return TITLES.get(page)[lang == Lang.EN ? 1 : 0];
  }

  static String render(String page, Lang lang, String csrf, boolean readOnly) {
    return render(page, lang, csrf, readOnly, null);
  }

  /** A page; {@code code} is the security of the security page (a normalised code), null elsewhere. */
  static String render(String page, Lang lang, String csrf, boolean readOnly, String code) {
    String l = lang == Lang.EN ? "en" : "zh";
    StringBuilder nav = new StringBuilder();
    for (String p : ALL) {
      nav.append("<a href=\"").append(p.equals("dashboard") ? "/" : "/" + p).append(lang == Lang.EN ? "?lang=en" : "")
          .append("\"").append(p.equals(page) ? " class=\"here\"" : "").append(">").append(title(p, lang)).append("</a>");
    }
    String other = lang == Lang.EN ? "<a href=\"?\">中文</a>" : "<a href=\"?lang=en\">English</a>";
    String body = page.equals("login")
        ? "<form method=\"post\" action=\"/login\"><label>" + (lang == Lang.EN ? "Token" : "访问令牌")
            + " <input type=\"password\" name=\"token\" autocomplete=\"off\"></label> <button type=\"submit\">"
            + title("login", lang) + "</button></form>"
        : "";
    return "<!DOCTYPE html>\n<html lang=\"" + (lang == Lang.EN ? "en" : "zh-CN") + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"csrf-token\" content=\"" + csrf + "\">"
        // no favicon request (it would be a 404 in every browser's console)
        + "<link rel=\"icon\" href=\"data:,\">"
        + "<title>" + title(page, lang) + " · Sector Desk</title>"
        + "<link rel=\"stylesheet\" href=\"/assets/desk.css\">"
        + "<script src=\"/assets/echarts.min.js\" defer></script><script src=\"/assets/desk.js\" defer></script>"
        + "</head><body><header><span class=\"brand\">Sector Desk</span><nav>" + nav + "</nav><span class=\"lang\">"
        + other + "</span></header><main id=\"app\" data-page=\"" + page + "\" data-lang=\"" + l + "\" data-read-only=\""
        + readOnly + "\"" + (code == null ? "" : " data-code=\"" + escape(code) + "\"") + "><h1>" + title(page, lang)
        + (code == null ? "" : " " + escape(code)) + "</h1>" + body + "</main></body></html>\n";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
