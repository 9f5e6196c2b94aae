package org.sectordesk.news;

import java.util.Locale;

/** The news sections of the sector reports, in report order. */
public enum Section {
  AI("ai", "人工智能动态"),
  POLICY("policy", "行业政策"),
  GAMES("games", "游戏"),
  FINTECH("fintech", "金融科技"),
  ECOMMERCE("ecommerce", "电商"),
  LOCAL_SERVICES("local_services", "本地生活"),
  SHORT_VIDEO("short_video", "短视频"),
  OTHER("other", "公司新闻");

  private final String id;
  private final String title;

  Section(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The id used in files and on the command line, e.g. {@code local_services}. */
  public String id() {
    return id;
  }

  /** The heading the report prints, e.g. 本地生活. */
  public String title() {
    return title;
  }

  /** The section of an id ({@code ai}, {@code local_services} …; case and '-' tolerated). */
  public static Section of(String id) {
    if (id == null) {
      throw new IllegalArgumentException("section is missing (one of ai, policy, games, fintech, ecommerce, local_services, short_video, other)");
    }
    String k = id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Section s : values()) {
      if (s.id.equals(k)) {
        return s;
      }
    }
    throw new IllegalArgumentException("section '" + id
        + "' is not one of ai, policy, games, fintech, ecommerce, local_services, short_video, other");
  }
}
