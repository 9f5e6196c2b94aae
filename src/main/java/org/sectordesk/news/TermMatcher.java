package org.sectordesk.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dictionary terms in a text, leftmost-longest, case-insensitively. A term that starts or
 * ends with a Latin letter or digit only matches at a word boundary, so "GPT" is not found inside
 * "GiantGPT" and "Meta" not inside "Metaverse" (a digit may follow a letter: "Qwen2.5").
 */
final class TermMatcher<V> {
  /** One occurrence of a term. */
  record Hit<V>(int start, int end, String term, V value) {}

  private static final class Node<V> {
    final Map<Character, Node<V>> next = new HashMap<>(4);
    V value;
    String term;
  }

  private final Node<V> root = new Node<>();

  /** Adds a term; a term added twice keeps its first value. */
  void add(String term, V value) {
    String t = term.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return;
    }
    Node<V> n = root;
    for (int i = 0; i < t.length(); i++) {
      n = n.next.computeIfAbsent(t.charAt(i), c -> new Node<>());
    }
    if (n.value == null) {
      n.value = value;
      n.term = term.strip();
    }
  }

  List<Hit<V>> find(String text) {
    List<Hit<V>> hits = new ArrayList<>();
    int len = text.length();
    int i = 0;
    while (i < len) {
      Node<V> n = root;
      Node<V> best = null;
      int bestEnd = -1;
      for (int j = i; j < len; j++) {
        n = n.next.get(Character.toLowerCase(text.charAt(j)));
        if (n == null) {
          break;
        }
        if (n.value != null && boundaryOk(text, i, j + 1)) {
          best = n;
          bestEnd = j + 1;
        }
      }
      if (best != null) {
        hits.add(new Hit<>(i, bestEnd, best.term, best.value));
        i = bestEnd;
      } else {
        i++;
      }
    }
    return hits;
  }

  private static boolean boundaryOk(String text, int start, int end) {
    char first = text.charAt(start);
    char last = text.charAt(end - 1);
    if (isLatin(first) && start > 0 && isLatinOrDigit(text.charAt(start - 1))) {
      return false;
    }
    if (end < text.length()) {
      char after = text.charAt(end);
      if (isLatin(last) && isLatin(after)) {
        return false;
      }
      if (isDigit(last) && isDigit(after)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLatinOrDigit(char c) {
    return isLatin(c) || isDigit(c);
  }
}
