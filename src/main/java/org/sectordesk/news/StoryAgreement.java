package org.sectordesk.news;

import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two texts can tell the same story: their figures and their direction words must not
 * contradict. "营收增长8%" and "营收下降8%" are two stories however alike the words; so are
 * "增长8%" and "增长9%".
 *
 * <p>Figures are the numbers of the text with a percent sign kept ("8%", "3.5", "120"), leaving out
 * dates and periods (a number before 年, 月, 日, 号, 季度, 财年) and numbers glued to Latin letters
 * (model names such as GPT-4o or Qwen2.5). Two texts disagree on figures when both have figures and
 * share none. They disagree on direction when, for a pair of opposite words, one text has only the
 * one and the other only the other.
 */
public final class StoryAgreement {
  private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9.\\-])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(%|％)?");
  private static final Pattern DATE_UNIT = Pattern.compile("^\\s*(?:年|月|日|号|季度|财年|财季|时|点\\d|:|：)");
  /** Opposite direction words: an up side and a down side. */
  private static final String[][][] OPPOSITES = {
      {{"增长", "增加", "上升", "提升", "增至", "回升", "扩大", "同比增", "环比增"},
          {"下降", "减少", "下滑", "降至", "减至", "回落", "收窄", "萎缩", "同比降", "同比减", "环比降"}},
      {{"上调"}, {"下调"}},
      {{"涨"}, {"跌"}},
      {{"盈利", "扭亏"}, {"亏损", "转亏"}},
  };

  private StoryAgreement() {}

  /** True when the two texts' figures or direction words contradict each other. */
  public static boolean disagree(String a, String b) {
    return figuresDisagree(a, b) || directionsDisagree(a, b);
  }

  static boolean figuresDisagree(String a, String b) {
    Set<String> x = figures(a);
    Set<String> y = figures(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    for (String f : x) {
      if (y.contains(f)) {
        return false;
      }
    }
    return true;
  }

  static boolean directionsDisagree(String a, String b) {
    for (String[][] pair : OPPOSITES) {
      boolean aUp = any(a, pair[0]);
      boolean aDown = any(a, pair[1]);
      boolean bUp = any(b, pair[0]);
      boolean bDown = any(b, pair[1]);
      if ((aUp && !aDown && bDown && !bUp) || (aDown && !aUp && bUp && !bDown)) {
        return true;
      }
    }
    return false;
  }

  /** The figures of a text, normalised ("8%", "3.5", "1200"). */
  public static Set<String> figures(String raw) {
    String s = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
    Set<String> out = new TreeSet<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      if (m.group(2) == null && DATE_UNIT.matcher(s.substring(m.end())).find()) {
        continue;
      }
      if (m.end() < s.length() && Character.isLetter(s.charAt(m.end())) && s.charAt(m.end()) < 0x80) {
        continue;
      }
      String n = m.group(1).replace(",", "");
      if (n.contains(".")) {
        n = n.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      out.add(m.group(2) != null ? n + "%" : n);
    }
    return out;
  }

  private static boolean any(String text, String[] words) {
    if (text == null) {
      return false;
    }
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
