package org.sectordesk.news;

import java.util.List;
import java.util.Objects;

/**
 * A company the tagger knows: listed (with one or more Wind-style codes) or unlisted.
 *
 * @param id      stable id used in the dictionary and the store, e.g. {@code tencent}
 * @param name    short Chinese name the report prints, e.g. 腾讯
 * @param nameEn  English name; may be empty
 * @param codes   listed codes, e.g. {@code 0700.HK}; empty for unlisted companies
 * @param aliases every string in a text that points to the company: names, short names, tickers,
 *                products, models, apps (matched case-insensitively for Latin letters)
 */
public record Company(String id, String name, String nameEn, List<String> codes, List<String> aliases) {
  public Company {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("company id must not be blank");
    }
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name of company '" + id + "' must not be blank");
    }
    nameEn = nameEn == null ? "" : nameEn;
    codes = List.copyOf(codes);
    aliases = List.copyOf(aliases);
  }

  public boolean listed() {
    return !codes.isEmpty();
  }

  /** True when one of its codes trades in Shanghai, Shenzhen or Beijing. */
  public boolean aShare() {
    return codes.stream().anyMatch(c -> c.endsWith(".SH") || c.endsWith(".SZ") || c.endsWith(".BJ"));
  }

  /** The A-share code when it has one, else its first code, else empty. */
  public String primaryCode() {
    return codes.stream().filter(c -> c.endsWith(".SH") || c.endsWith(".SZ") || c.endsWith(".BJ")).findFirst()
        .orElse(codes.isEmpty() ? "" : codes.get(0));
  }
}
