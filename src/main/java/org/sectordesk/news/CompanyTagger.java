package org.sectordesk.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags news items with the companies of an {@link AliasDictionary} and picks the main one.
 *
 * <p>Every alias occurrence scores for its company: 3 points in the title (6 when the title starts
 * with it), 1 point in the body; the first company named in the body gets 1 more, and 2 more again
 * when it opens the body (within its first 12 characters, where a brief names its subject). The main
 * company has the highest score; a tie goes to the company named first (title before body).
 */
public final class CompanyTagger {
  private static final int TITLE_HIT = 3;
  private static final int TITLE_START_BONUS = 3;
  private static final int BODY_HIT = 1;
  private static final int BODY_OPENING_BONUS = 2;
  private static final int BODY_OPENING_CHARS = 12;
  private static final int FIRST_IN_BODY_BONUS = 1;

  private final TermMatcher<Company> companies = new TermMatcher<>();
  private final TermMatcher<String> models = new TermMatcher<>();

  public CompanyTagger(AliasDictionary dictionary) {
    for (Company c : dictionary.companies()) {
      companies.add(c.name(), c);
      if (!c.nameEn().isEmpty()) {
        companies.add(c.nameEn(), c);
      }
      c.aliases().forEach(a -> companies.add(a, c));
    }
    for (AiModel m : dictionary.models()) {
      models.add(m.name(), m.name());
      m.aliases().forEach(a -> models.add(a, m.name()));
    }
  }

  public CompanyTags tag(String title, String body) {
    String t = title == null ? "" : title;
    String b = body == null ? "" : body;
    Map<String, Integer> score = new HashMap<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    Map<String, Company> byId = new HashMap<>();
    int order = 0;
    for (TermMatcher.Hit<Company> h : companies.find(t)) {
      Company c = h.value();
      byId.put(c.id(), c);
      int s = TITLE_HIT + (leadingPosition(t, h.start()) ? TITLE_START_BONUS : 0);
      score.merge(c.id(), s, Integer::sum);
      firstSeen.putIfAbsent(c.id(), order++);
    }
    boolean first = true;
    for (TermMatcher.Hit<Company> h : companies.find(b)) {
      Company c = h.value();
      byId.put(c.id(), c);
      int s = BODY_HIT + (first ? FIRST_IN_BODY_BONUS + (h.start() < BODY_OPENING_CHARS ? BODY_OPENING_BONUS : 0) : 0);
      first = false;
      score.merge(c.id(), s, Integer::sum);
      firstSeen.putIfAbsent(c.id(), order++);
    }
    List<Company> ranked = new ArrayList<>(byId.values());
    ranked.sort((x, y) -> {
      int c = Integer.compare(score.get(y.id()), score.get(x.id()));
      return c != 0 ? c : Integer.compare(firstSeen.get(x.id()), firstSeen.get(y.id()));
    });
    Set<String> named = new LinkedHashSet<>();
    for (TermMatcher.Hit<String> h : models.find(t)) {
      named.add(h.value());
    }
    for (TermMatcher.Hit<String> h : models.find(b)) {
      named.add(h.value());
    }
    int tied = 0;
    for (Company c : ranked) {
      if (score.get(c.id()).equals(score.get(ranked.get(0).id()))) {
        tied++;
      }
    }
    return new CompanyTags(ranked, new ArrayList<>(named), tied);
  }

  /** True when only brackets, quotes, numbering or spaces precede the position. */
  private static boolean leadingPosition(String text, int pos) {
    for (int i = 0; i < pos; i++) {
      char ch = text.charAt(i);
      if (Character.isLetterOrDigit(ch) && !(ch >= '0' && ch <= '9')) {
        return false;
      }
    }
    return true;
  }
}
