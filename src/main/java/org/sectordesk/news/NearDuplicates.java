package org.sectordesk.news;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups near-duplicate texts (the same story from two sources, or pasted twice).
 *
 * <p>Copies: MinHash over character 3-shingles of the normalised text (NFKC, lower case, whitespace
 * and punctuation removed) proposes candidate pairs through locality-sensitive hashing
 * ({@value #BANDS} bands of {@value #ROWS} rows), so a month or a year of items is grouped in
 * near-linear time; a candidate is confirmed when the exact Jaccard similarity of the shingle sets
 * of the whole texts is at least {@value #TEXT_THRESHOLD}, or that of their titles (8 characters or
 * more) at least {@value #TITLE_THRESHOLD}.
 *
 * <p>Rewordings: two texts with sentence embeddings, dated at most {@value #EMBEDDING_DAYS} days
 * apart, whose cosine similarity is at least {@value #EMBEDDING_THRESHOLD} and that have the same
 * main company are the same story told by two outlets.
 *
 * <p>Whichever way a pair is proposed, it is never folded when the texts' figures or direction
 * words disagree ({@link StoryAgreement}). Groups are the connected components of the folded pairs.
 */
public final class NearDuplicates {
  static final double TEXT_THRESHOLD = 0.5;
  static final double TITLE_THRESHOLD = 0.7;
  static final double EMBEDDING_THRESHOLD = 0.85;
  static final int EMBEDDING_DAYS = 3;
  static final int BANDS = 32;
  static final int ROWS = 2;
  private static final int HASHES = BANDS * ROWS;
  private static final long[] SEEDS_A = new long[HASHES];
  private static final long[] SEEDS_B = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x = mix(x + 0x632BE59BD9B4E019L);
      SEEDS_A[i] = x | 1L;
      x = mix(x + 0x632BE59BD9B4E019L);
      SEEDS_B[i] = x;
    }
  }

  private NearDuplicates() {}

  /**
   * A text to group.
   *
   * @param title        may be empty
   * @param text         the whole text (title and body)
   * @param embedding    its unit-length sentence embedding, or null
   * @param mainCompany  the id of the company it is mostly about, empty when none
   * @param date         its day, or null
   */
  public record Doc(String title, String text, float[] embedding, String mainCompany, java.time.LocalDate date) {
    public Doc {
      title = title == null ? "" : title;
      text = text == null ? "" : text;
      mainCompany = mainCompany == null ? "" : mainCompany;
    }

    public Doc(String title, String text) {
      this(title, text, null, "", null);
    }
  }

  /**
   * Groups of indices into {@code docs}; every index appears in exactly one group; groups are in
   * the order of their first index, indices ascending.
   */
  public static List<List<Integer>> group(List<Doc> docs) {
    int n = docs.size();
    int[][] text = new int[n][];
    int[][] title = new int[n][];
    for (int i = 0; i < n; i++) {
      text[i] = signature(docs.get(i).text());
      String t = normalise(docs.get(i).title());
      title[i] = t.length() >= 8 ? signature(t) : null;
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Shingles shingles = new Shingles(docs);
    link(text, parent, (i, j) -> shingles.text(i, j) >= TEXT_THRESHOLD && agree(docs, i, j));
    link(title, parent, (i, j) -> shingles.title(i, j) >= TITLE_THRESHOLD && agree(docs, i, j));
    linkEmbeddings(docs, parent);
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> out = new ArrayList<>(groups.values());
    out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    return out;
  }

  /** Estimated Jaccard similarity of two texts' shingle sets. */
  public static double similarity(String a, String b) {
    return agreement(signature(a), signature(b));
  }

  private static boolean agree(List<Doc> docs, int i, int j) {
    return !StoryAgreement.disagree(docs.get(i).text(), docs.get(j).text());
  }

  /** Cosine similarity of two unit-length vectors (their dot product). */
  public static double cosine(float[] a, float[] b) {
    double d = 0;
    for (int k = 0; k < a.length; k++) {
      d += a[k] * b[k];
    }
    return d;
  }

  /** Reworded copies: neighbours in time with close embeddings, the same main company, agreeing figures. */
  private static void linkEmbeddings(List<Doc> docs, int[] parent) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      if (d.embedding() != null && !d.mainCompany().isEmpty()) {
        order.add(i);
      }
    }
    order.sort(java.util.Comparator.comparing((Integer i) -> docs.get(i).date(),
        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).thenComparing(i -> i));
    for (int x = 0; x < order.size(); x++) {
      Doc a = docs.get(order.get(x));
      for (int y = x + 1; y < order.size(); y++) {
        Doc b = docs.get(order.get(y));
        if (a.date() != null && b.date() != null && b.date().isAfter(a.date().plusDays(EMBEDDING_DAYS))) {
          break;
        }
        int i = order.get(x);
        int j = order.get(y);
        if (a.embedding().length == b.embedding().length && a.mainCompany().equals(b.mainCompany())
            && find(parent, i) != find(parent, j) && cosine(a.embedding(), b.embedding()) >= EMBEDDING_THRESHOLD
            && agree(docs, i, j)) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
  }

  /** Exact Jaccard similarity of shingle sets, computed for candidate pairs only. */
  private static final class Shingles {
    private final List<Doc> docs;
    private final Map<Integer, Set<Long>> text = new HashMap<>();
    private final Map<Integer, Set<Long>> title = new HashMap<>();

    Shingles(List<Doc> docs) {
      this.docs = docs;
    }

    double text(int i, int j) {
      return jaccard(text.computeIfAbsent(i, k -> set(docs.get(k).text())), text.computeIfAbsent(j, k -> set(docs.get(k).text())));
    }

    double title(int i, int j) {
      return jaccard(title.computeIfAbsent(i, k -> set(docs.get(k).title())), title.computeIfAbsent(j, k -> set(docs.get(k).title())));
    }
  }

  /** Exact Jaccard similarity of two texts' 3-shingle sets. */
  public static double exactSimilarity(String a, String b) {
    return jaccard(set(a), set(b));
  }

  private static double jaccard(Set<Long> a, Set<Long> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (Long x : a.size() < b.size() ? a : b) {
      if ((a.size() < b.size() ? b : a).contains(x)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common);
  }

  private static Set<Long> set(String raw) {
    String s = normalise(raw);
    Set<Long> out = new HashSet<>();
    if (s.isEmpty()) {
      return out;
    }
    int shingles = Math.max(1, s.length() - 2);
    for (int p = 0; p < shingles; p++) {
      long h = 0;
      for (int q = p; q < Math.min(s.length(), p + 3); q++) {
        h = h * 31 + s.charAt(q);
      }
      out.add(h);
    }
    return out;
  }

  private interface PairTest {
    boolean duplicates(int i, int j);
  }

  private static void link(int[][] sigs, int[] parent, PairTest test) {
    Set<Long> checked = new HashSet<>();
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < sigs.length; i++) {
        if (sigs[i] == null) {
          continue;
        }
        long key = band;
        for (int r = 0; r < ROWS; r++) {
          key = key * 0x100000001B3L + sigs[i][band * ROWS + r];
        }
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int i = bucket.get(x);
            int j = bucket.get(y);
            if (!checked.add(((long) i << 32) | j)) {
              continue;
            }
            if (find(parent, i) != find(parent, j) && test.duplicates(i, j)) {
              parent[find(parent, i)] = find(parent, j);
            }
          }
        }
      }
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static double agreement(int[] a, int[] b) {
    int same = 0;
    for (int k = 0; k < HASHES; k++) {
      if (a[k] == b[k]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  static int[] signature(String raw) {
    String s = normalise(raw);
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    if (s.isEmpty()) {
      return sig;
    }
    int shingles = Math.max(1, s.length() - 2);
    for (int p = 0; p < shingles; p++) {
      long h = 0;
      for (int q = p; q < Math.min(s.length(), p + 3); q++) {
        h = h * 31 + s.charAt(q);
      }
      h = mix(h);
      for (int k = 0; k < HASHES; k++) {
        int v = (int) ((SEEDS_A[k] * h + SEEDS_B[k]) >>> 33);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  static String normalise(String raw) {
    String s = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
