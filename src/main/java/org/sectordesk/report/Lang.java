package org.sectordesk.report;

import java.util.Locale;

/** The language of a report's labels: Chinese by default, English on request. */
public enum Lang {
  ZH, EN;

  /** Parses {@code zh} or {@code en} (any case); the message names the bad value. */
  public static Lang parse(String s) {
    if (s == null) {
      throw new IllegalArgumentException("lang must be zh or en, got null");
    }
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "zh", "zh-cn", "cn" -> ZH;
      case "en", "en-us", "en-gb" -> EN;
      default -> throw new IllegalArgumentException("lang must be zh or en, got '" + s + "'");
    };
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
