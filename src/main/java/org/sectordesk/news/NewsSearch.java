package org.sectordesk.news;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which news items a reader asked for: every word of a full-text query in the item's title, text or source
 * (case- and width-insensitive: ＡＩ finds AI), and optionally one company among the companies it names.
 * Chinese has no spaces, so a word is matched as a substring; several words must all occur.
 *
 * @param words     the query's words, normalised; empty for no text condition
 * @param companyId the company id the item must name, or null for any
 */
public record NewsSearch(List<String> words, String companyId) {
  public static final NewsSearch ALL = new NewsSearch(List.of(), null);

  public NewsSearch {
    words = List.copyOf(words);
  }

  /** A search for a query as typed (null or blank for none) and a company id (null for any). */
  public static NewsSearch of(String query, String companyId) {
    List<String> words = query == null ? List.of()
        : Arrays.stream(normalise(query).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    return new NewsSearch(words, companyId);
  }

  public boolean matches(NewsItem item) {
    if (companyId != null && !item.companies().contains(companyId)) {
      return false;
    }
    if (words.isEmpty()) {
      return true;
    }
    String text = normalise(item.title() + "\n" + item.body() + "\n" + item.source());
    return words.stream().allMatch(text::contains);
  }

  public boolean isAll() {
    return words.isEmpty() && companyId == null;
  }

  private static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
