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
 * Groups near-duplicate texts (the same story from two sources, or pasted twice) with MinHash over
 * character 3-shingles. Texts are normalised first (NFKC, lower case, whitespace and punctuation
 * removed). Two texts are duplicates when the estimated Jaccard similarity of their whole texts is
 * at least {@value #TEXT_THRESHOLD}, or that of their titles is at least {@value #TITLE_THRESHOLD}
 * (titles of 8 characters or more). Candidate pairs come from locality-sensitive hashing
 * ({@value #BANDS} bands of {@value #ROWS} rows), so a month or a year of items is grouped in
 * near-linear time; groups are the connected components of the duplicate pairs.
 */
public final class NearDuplicates {
  static final double TEXT_THRESHOLD = 0.5;
  static final double TITLE_THRESHOLD = 0.7;
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

  /** A text to group: its title (may be empty) and its whole text. */
  public record Doc(String title, String text) {}

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
    link(text, TEXT_THRESHOLD, parent);
    link(title, TITLE_THRESHOLD, parent);
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

  private static void link(int[][] sigs, double threshold, int[] parent) {
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
            if (find(parent, i) != find(parent, j) && agreement(sigs[i], sigs[j]) >= threshold) {
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
