package org.sectordesk.news;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chinese word segmentation with HanLP (portable edition: its bundled core dictionary, offline),
 * plus the desk's own terms (company names, products, models) as one word each. The terms go into
 * a custom dictionary owned by this instance, never HanLP's global one.
 *
 * <p>{@link #tokens} gives the classifier's features: words lower-cased, full-width forms folded, punctuation, numbers and a few function words dropped.
 */
public final class Segmenter {
  private static final Set<String> STOP = Set.of("的", "了", "在", "是", "和", "与", "及", "等", "也", "将", "为",
      "对", "从", "其", "该", "这", "此", "已", "于", "中", "并", "而", "或", "被", "把", "让", "向", "个", "日",
      "月", "年", "以", "就", "都", "之", "由", "则", "所", "据", "称", "表示", "消息", "目前", "近日", "此外",
      "同时", "其中", "以及", "已经", "我们", "the", "and", "of", "to", "a", "in");

  private final Segment segment;

  private Segmenter(Collection<String> terms) {
    DynamicCustomDictionary custom = ownDictionary();
    for (String t : terms) {
      String w = normalise(t).strip();
      if (w.length() > 1 && w.chars().noneMatch(Character::isWhitespace)) {
        custom.insert(w, "nz 1000");
        String lower = w.toLowerCase(Locale.ROOT);
        if (!lower.equals(w)) {
          custom.insert(lower, "nz 1000");
        }
      }
    }
    this.segment = new ViterbiSegment()
        .enableCustomDictionary(custom)
        .enablePartOfSpeechTagging(false)
        .enableNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableTranslatedNameRecognize(false)
        .enableJapaneseNameRecognize(false)
        .enableOffset(false);
  }

  /**
   * An empty custom dictionary of our own. HanLP's constructor insists on loading a file; given none
   * that exists it logs a warning and starts empty, so its logger is silenced meanwhile. (HanLP's own
   * large custom dictionary is left out: the core dictionary plus the desk's terms segment news as
   * well for our purpose, at twice the speed.)
   */
  private static DynamicCustomDictionary ownDictionary() {
    Logger log = Predefine.logger;
    Level before = log.getLevel();
    log.setLevel(Level.OFF);
    try {
      return new DynamicCustomDictionary(new DoubleArrayTrie<>(), new BinTrie<>(),
          new String[] {"sector-desk-no-file.txt"});
    } finally {
      log.setLevel(before);
    }
  }

  /** A segmenter that keeps every given term (and the dictionary's) as one word. */
  public static Segmenter withTerms(Collection<String> terms) {
    return new Segmenter(terms);
  }

  /** The words of a text as HanLP cuts them (normalised, nothing dropped except whitespace). */
  public List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (Term t : segment.seg(normalise(text))) {
      String w = t.word.strip();
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Classifier features: lower-cased words without punctuation, numbers and function words. */
  public List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (Term t : segment.seg(normalise(text))) {
      String w = t.word.strip().toLowerCase(Locale.ROOT);
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
