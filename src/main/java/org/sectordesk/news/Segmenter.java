package org.sectordesk.news;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chinese word segmentation with HanLP (portable edition: its bundled core dictionary, offline),
 * plus the desk's own terms (company names, products, models) as one word each. The terms belong to
 * this instance, never to HanLP's global custom dictionary (see {@link #cut}).
 *
 * <p>{@link #tokens} gives the classifier's features: words lower-cased, full-width forms folded, punctuation, numbers and a few function words dropped.
 */
public final class Segmenter {
  private static final Set<String> STOP = Set.of("的", "了", "在", "是", "和", "与", "及", "等", "也", "将", "为",
      "对", "从", "其", "该", "这", "此", "已", "于", "中", "并", "而", "或", "被", "把", "让", "向", "个", "日",
      "月", "年", "以", "就", "都", "之", "由", "则", "所", "据", "称", "表示", "消息", "目前", "近日", "此外",
      "同时", "其中", "以及", "已经", "我们", "the", "and", "of", "to", "a", "in");

  private final Segment segment;
  /** The desk's terms, lower-cased, as a character trie: words HanLP cut apart are joined back. */
  private final Node terms = new Node();

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    boolean term;
  }

  private Segmenter(Collection<String> terms) {
    for (String t : terms) {
      String w = normalise(t).strip().toLowerCase(Locale.ROOT);
      if (w.length() > 1 && w.chars().noneMatch(Character::isWhitespace)) {
        Node n = this.terms;
        for (int i = 0; i < w.length(); i++) {
          n = n.next.computeIfAbsent(w.charAt(i), c -> new Node());
        }
        n.term = true;
      }
    }
    this.segment = new ViterbiSegment()
        .enableCustomDictionary(false)
        .enablePartOfSpeechTagging(false)
        .enableNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableTranslatedNameRecognize(false)
        .enableJapaneseNameRecognize(false)
        .enableOffset(false);
  }

  /** A segmenter that keeps every given term as one word. */
  public static Segmenter withTerms(Collection<String> terms) {
    return new Segmenter(terms);
  }

  /**
   * HanLP's words with the desk's terms joined: where consecutive words spell a term (longest
   * first), they become one word. This is HanLP's own custom-dictionary step (it too joins words
   * after the Viterbi pass), done here because HanLP's per-instance custom dictionary insists on
   * reading and writing a cache file.
   */
  private List<String> cut(String text) {
    List<Term> raw = segment.seg(normalise(text));
    List<String> out = new ArrayList<>(raw.size());
    int i = 0;
    while (i < raw.size()) {
      int end = -1;
      Node n = terms;
      walk:
      for (int j = i; j < raw.size(); j++) {
        String w = raw.get(j).word;
        for (int k = 0; k < w.length(); k++) {
          n = n.next.get(Character.toLowerCase(w.charAt(k)));
          if (n == null) {
            break walk;
          }
        }
        if (n.term && j > i) {
          end = j;
        }
      }
      if (end < 0) {
        out.add(raw.get(i).word);
        i++;
      } else {
        StringBuilder b = new StringBuilder();
        for (int j = i; j <= end; j++) {
          b.append(raw.get(j).word);
        }
        out.add(b.toString());
        i = end + 1;
      }
    }
    return out;
  }

  /** The words of a text as HanLP cuts them (normalised, nothing dropped except whitespace). */
  public List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String t : cut(text)) {
      String w = t.strip();
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Classifier features: lower-cased words without punctuation, numbers and function words. */
  public List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String t : cut(text)) {
      String w = t.strip().toLowerCase(Locale.ROOT);
      if (w.isEmpty() || STOP.contains(w) || !hasLetter(w) || isNumberLike(w)) {
        continue;
      }
      out.add(w);
    }
    return out;
  }

  /** Full-width ASCII forms (ＱＷＥＮ，２．５) and the ideographic space folded to ASCII; the rest as is. */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ((ch >= '\uFF01' && ch <= '\uFF5E') || ch == '\u3000') {
        if (c == null) {
          c = text.toCharArray();
        }
        c[i] = ch == '\u3000' ? ' ' : (char) (ch - 0xFEE0);
      }
    }
    return c == null ? text : new String(c);
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** 2.5, 10%, 100万, 1.5亿 …: quantities carry no topic. */
  private static boolean isNumberLike(String w) {
    int digits = 0;
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        digits++;
      }
    }
    return digits > 0 && digits * 2 >= w.length();
  }
}
