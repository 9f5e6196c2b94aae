package org.sectordesk.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A multinomial naive Bayes classifier over segmented words, with binarised counts (a word counts
 * once per item, which suits items of very different lengths) and Laplace smoothing.
 *
 * <p>Serialised as UTF-8 text, one record a line, fields separated by tabs ({@link #toText()}):
 * <pre>
 * sector-desk-news-model	1
 * algorithm	binarized_multinomial_naive_bayes
 * alpha	1.0
 * classes	ai	policy	games	fintech	ecommerce	local_services	short_video	other
 * docs	52	49	…          (training items per class)
 * tokens	1830	1702	…  (word occurrences per class, binarised)
 * w	大模型	31	0	2	…  (one line per vocabulary word: its count in each class)
 * </pre>
 * Lines starting with {@code #} are comments.
 */
public final class SectionClassifier {
  static final String MAGIC = "sector-desk-news-model";
  static final String ALGORITHM = "binarized_multinomial_naive_bayes";

  private final double alpha;
  private final Section[] classes;
  private final int[] docs;
  private final long[] tokens;
  private final Map<String, int[]> counts;
  /** Derived: log P(word | class) per word, and the log prior and unseen-word log probability per class. */
  private final Map<String, double[]> logLikelihood = new HashMap<>();
  private final double[] logPrior;

  private SectionClassifier(double alpha, Section[] classes, int[] docs, long[] tokens, Map<String, int[]> counts) {
    if (!(alpha > 0)) {
      throw new IllegalArgumentException("alpha must be positive, got " + alpha);
    }
    this.alpha = alpha;
    this.classes = classes.clone();
    this.docs = docs.clone();
    this.tokens = tokens.clone();
    this.counts = new TreeMap<>(counts);
    int k = classes.length;
    long totalDocs = 0;
    for (int d : docs) {
      totalDocs += d;
    }
    if (totalDocs == 0) {
      throw new IllegalArgumentException("the model has no training items");
    }
    logPrior = new double[k];
    double v = counts.size();
    for (int c = 0; c < k; c++) {
      logPrior[c] = Math.log((docs[c] + 1.0) / (totalDocs + k));
    }
    for (Map.Entry<String, int[]> e : this.counts.entrySet()) {
      double[] ll = new double[k];
      for (int c = 0; c < k; c++) {
        ll[c] = Math.log((e.getValue()[c] + alpha) / (tokens[c] + alpha * v));
      }
      logLikelihood.put(e.getKey(), ll);
    }
  }

  /** Trains on tokenised examples: each holds the item's tokens and its section. */
  public static SectionClassifier train(List<TokenisedExample> examples, double alpha) {
    Section[] classes = Section.values();
    int k = classes.length;
    int[] docs = new int[k];
    long[] tokens = new long[k];
    Map<String, int[]> counts = new HashMap<>();
    for (TokenisedExample ex : examples) {
      int c = ex.section().ordinal();
      docs[c]++;
      for (String w : new LinkedHashSet<>(ex.tokens())) {
        counts.computeIfAbsent(w, x -> new int[k])[c]++;
        tokens[c]++;
      }
    }
    return new SectionClassifier(alpha, classes, docs, tokens, counts);
  }

  /** An example already cut into words. */
  public record TokenisedExample(List<String> tokens, Section section) {
    public TokenisedExample {
      tokens = List.copyOf(tokens);
      java.util.Objects.requireNonNull(section, "section");
    }
  }

  /** Log posterior probability of each section (in {@link Section} order) given an item's words. */
  public double[] logPosteriors(List<String> words) {
    double[] score = logPrior.clone();
    Set<String> seen = new HashSet<>();
    for (String w : words) {
      double[] ll = seen.add(w) ? logLikelihood.get(w) : null;
      if (ll != null) {
        for (int c = 0; c < score.length; c++) {
          score[c] += ll[c];
        }
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double x : score) {
      max = Math.max(max, x);
    }
    double sum = 0;
    for (double x : score) {
      sum += Math.exp(x - max);
    }
    double log = max + Math.log(sum);
    double[] out = new double[Section.values().length];
    java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
    for (int c = 0; c < score.length; c++) {
      out[classes[c].ordinal()] = score[c] - log;
    }
    return out;
  }

  /** The most likely section of an item's words. */
  public Section predict(List<String> words) {
    double[] score = logPrior.clone();
    Set<String> seen = new HashSet<>();
    for (String w : words) {
      if (!seen.add(w)) {
        continue;
      }
      double[] ll = logLikelihood.get(w);
      if (ll == null) {
        continue;
      }
      for (int c = 0; c < score.length; c++) {
        score[c] += ll[c];
      }
    }
    int best = 0;
    for (int c = 1; c < score.length; c++) {
      if (score[c] > score[best]) {
        best = c;
      }
    }
    return classes[best];
  }

  public int vocabularySize() {
    return counts.size();
  }

  public int trainingItems() {
    int n = 0;
    for (int d : docs) {
      n += d;
    }
    return n;
  }

  /** The model as text (see the class comment). */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(MAGIC).append("\t1\n");
    b.append("# Sector Desk news section model: retrain with `desk news train`.\n");
    b.append("algorithm\t").append(ALGORITHM).append('\n');
    b.append("alpha\t").append(alpha).append('\n');
    b.append("classes");
    for (Section s : classes) {
      b.append('\t').append(s.id());
    }
    b.append("\ndocs");
    for (int d : docs) {
      b.append('\t').append(d);
    }
    b.append("\ntokens");
    for (long t : tokens) {
      b.append('\t').append(t);
    }
    b.append('\n');
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      b.append("w\t").append(e.getKey());
      for (int c : e.getValue()) {
        b.append('\t').append(c);
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Reads a model written by {@link #toText()}; errors name the source and line. */
  public static SectionClassifier parse(String text, String source) {
    String[] lines = text.split("\n", -1);
    double alpha = Double.NaN;
    Section[] classes = null;
    int[] docs = null;
    long[] tokens = null;
    Map<String, int[]> counts = new HashMap<>();
    boolean magic = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = source + ":" + (i + 1);
      try {
        switch (f[0]) {
          case MAGIC -> {
            if (!"1".equals(f.length > 1 ? f[1] : "")) {
              throw new IllegalArgumentException("unsupported model version " + (f.length > 1 ? f[1] : ""));
            }
            magic = true;
          }
          case "algorithm" -> {
            if (!ALGORITHM.equals(f[1])) {
              throw new IllegalArgumentException("unknown algorithm '" + f[1] + "'");
            }
          }
          case "alpha" -> alpha = Double.parseDouble(f[1]);
          case "classes" -> {
            classes = new Section[f.length - 1];
            for (int c = 1; c < f.length; c++) {
              classes[c - 1] = Section.of(f[c]);
            }
          }
          case "docs" -> {
            docs = new int[f.length - 1];
            for (int c = 1; c < f.length; c++) {
              docs[c - 1] = Integer.parseInt(f[c]);
            }
          }
          case "tokens" -> {
            tokens = new long[f.length - 1];
            for (int c = 1; c < f.length; c++) {
              tokens[c - 1] = Long.parseLong(f[c]);
            }
          }
          case "w" -> {
            if (classes == null || f.length != classes.length + 2) {
              throw new IllegalArgumentException("word line needs the word and one count per class");
            }
            int[] n = new int[classes.length];
            for (int c = 0; c < n.length; c++) {
              n[c] = Integer.parseInt(f[c + 2]);
            }
            counts.put(f[1].toLowerCase(Locale.ROOT), n);
          }
          default -> throw new IllegalArgumentException("unknown record '" + f[0] + "'");
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IllegalArgumentException(where + " bad model line: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + " " + e.getMessage());
      }
    }
    if (!magic) {
      throw new IllegalArgumentException(source + " is not a Sector Desk news model (first line must be '" + MAGIC + "\t1')");
    }
    if (classes == null || docs == null || tokens == null || Double.isNaN(alpha)
        || docs.length != classes.length || tokens.length != classes.length) {
      throw new IllegalArgumentException(source + " is incomplete: it needs alpha, classes, docs and tokens lines of equal width");
    }
    return new SectionClassifier(alpha, classes, docs, tokens, counts);
  }

  /** Classes in model order. */
  public List<Section> classes() {
    return new ArrayList<>(List.of(classes));
  }
}
