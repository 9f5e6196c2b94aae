package org.sectordesk.news;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese word segmentation with HanLP (portable edition: its bundled core dictionary, offline),
 * plus the desk's own terms (company names, products, models) as one word each. The terms go into
 * a custom dictionary owned by this instance, never HanLP's global one.
 *
 * <p>{@link #tokens} gives the classifier's features: words lower-cased, full-width forms folded
 * (NFKC), punctuation, numbers and a few function words dropped.
 */
public final class Segmenter {
  private static final Set<String> STOP = Set.of("的", "了", "在", "是", "和", "与", "及", "等", "也", "将", "为",
      "对", "从", "其", "该", "这", "此", "已", "于", "中", "并", "而", "或", "被", "把", "让", "向", "个", "日",
      "月", "年", "以", "就", "都", "之", "由", "则", "所", "据", "称", "表示", "消息", "目前", "近日", "此外",
      "同时", "其中", "以及", "已经", "我们", "the", "and", "of", "to", "a", "in");

  private final Segment segment;

  private Segmenter(Collection<String> terms) {
    DynamicCustomDictionary custom = new DynamicCustomDictionary();
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

  static String normalise(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
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
