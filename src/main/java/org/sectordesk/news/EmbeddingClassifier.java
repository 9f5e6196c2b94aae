package org.sectordesk.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multinomial logistic regression over sentence embeddings: one weight vector and a bias per
 * section, trained by stochastic gradient descent on the softmax cross-entropy with an L2 penalty
 * ({@value #EPOCHS} passes in a seeded order, a decaying rate).
 * Deterministic: the same examples give the same model (StrictMath, a fixed order of sums).
 *
 * <p>Serialised as UTF-8 text, tab-separated, one record a line ({@link #toText()}):
 * <pre>
 * sector-desk-news-embedding-model	1
 * embedding	bge-small-zh-v1.5-q	512
 * classes	ai	policy	…
 * combine	combined	2.0     (how the section model uses it: naive_bayes, embedding or combined, and its weight)
 * b	ai	-0.12             (one line per class: bias)
 * w	ai	0.013	-0.2	…   (one line per class: its weights)
 * </pre>
 */
public final class EmbeddingClassifier {
  static final String MAGIC = "sector-desk-news-embedding-model";
  static final int EPOCHS = 15;
  static final double LEARNING_RATE = 0.5;
  static final double DECAY = 0.2;
  static final double L2 = 1e-4;
  static final long SEED = 20241130L;

  private final String modelId;
  private final Section[] classes;
  private final double[][] weights;
  private final double[] bias;

  EmbeddingClassifier(String modelId, Section[] classes, double[][] weights, double[] bias) {
    this.modelId = modelId;
    this.classes = classes.clone();
    this.weights = weights;
    this.bias = bias;
  }

  /** An embedded example. */
  public record Example(float[] embedding, Section section) {}

  public static EmbeddingClassifier train(String modelId, List<Example> examples) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples to train on");
    }
    Section[] classes = Section.values();
    int k = classes.length;
    int d = examples.get(0).embedding().length;
    double[][] w = new double[k][d];
    double[] b = new double[k];
    int n = examples.size();
    double[] p = new double[k];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Random shuffle = new java.util.Random(SEED);
    // stochastic gradient descent, one example at a time in a seeded order: a few passes suffice
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = shuffle.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double rate = LEARNING_RATE / (1 + epoch * DECAY);
      double shrink = 1 - rate * L2;
      for (int idx : order) {
        Example ex = examples.get(idx);
        float[] x = ex.embedding();
        softmax(w, b, x, p);
        int y = ex.section().ordinal();
        for (int c = 0; c < k; c++) {
          double g = rate * (p[c] - (c == y ? 1 : 0));
          b[c] -= g;
          double[] row = w[c];
          for (int j = 0; j < d; j++) {
            row[j] = row[j] * shrink - g * x[j];
          }
        }
      }
    }
    return new EmbeddingClassifier(modelId, classes, w, b);
  }

  private static void softmax(double[][] w, double[] b, float[] x, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double s = b[c];
      double[] row = w[c];
      for (int j = 0; j < x.length; j++) {
        s += row[j] * x[j];
      }
      out[c] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < out.length; c++) {
      out[c] = StrictMath.exp(out[c] - max);
      sum += out[c];
    }
    for (int c = 0; c < out.length; c++) {
      out[c] /= sum;
    }
  }

  /** Log-probability of each section (in {@link Section} order) for an embedding. */
  public double[] logProbabilities(float[] embedding) {
    if (embedding.length != weights[0].length) {
      throw new IllegalArgumentException("the embedding has " + embedding.length + " dimensions, the model "
          + weights[0].length + " (model " + modelId + ")");
    }
    double[] p = new double[classes.length];
    softmax(weights, bias, embedding, p);
    double[] out = new double[Section.values().length];
    java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
    for (int c = 0; c < classes.length; c++) {
      out[classes[c].ordinal()] = Math.log(p[c]);
    }
    return out;
  }

  public Section predict(float[] embedding) {
    return SectionScores.best(logProbabilities(embedding));
  }

  public String modelId() {
    return modelId;
  }

  public int dimensions() {
    return weights[0].length;
  }

  /** The model as text, with how the section model combines it (see the class comment). */
  public String toText(SectionModel.Mode mode, double weight) {
    StringBuilder s = new StringBuilder();
    s.append(MAGIC).append("\t1\n");
    s.append("# Sector Desk news section model over sentence embeddings: retrain with `desk news train`.\n");
    s.append("embedding\t").append(modelId).append('\t').append(dimensions()).append('\n');
    s.append("classes");
    for (Section c : classes) {
      s.append('\t').append(c.id());
    }
    s.append('\n');
    s.append("combine\t").append(mode.id()).append('\t').append(weight).append('\n');
    for (int c = 0; c < classes.length; c++) {
      s.append("b\t").append(classes[c].id()).append('\t').append(num(bias[c])).append('\n');
    }
    for (int c = 0; c < classes.length; c++) {
      s.append("w\t").append(classes[c].id());
      for (double x : weights[c]) {
        s.append('\t').append(num(x));
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static String num(double x) {
    return String.format(Locale.ROOT, "%.6g", x);
  }

  /** What a model file holds: the classifier and how the section model combines it. */
  public record Parsed(EmbeddingClassifier classifier, SectionModel.Mode mode, double weight) {}

  public static Parsed parse(String text, String source) {
    String modelId = null;
    int dims = -1;
    List<Section> classes = null;
    SectionModel.Mode mode = null;
    double weight = 1;
    double[] bias = null;
    double[][] w = null;
    boolean magic = false;
    String[] lines = text.split("\n", -1);
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
            if (!"1".equals(f[1])) {
              throw new IllegalArgumentException("unsupported model version " + f[1]);
            }
            magic = true;
          }
          case "embedding" -> {
            modelId = f[1];
            dims = Integer.parseInt(f[2]);
          }
          case "classes" -> {
            classes = new ArrayList<>();
            for (int c = 1; c < f.length; c++) {
              classes.add(Section.of(f[c]));
            }
            bias = new double[classes.size()];
            w = new double[classes.size()][];
          }
          case "combine" -> {
            mode = SectionModel.Mode.of(f[1]);
            weight = Double.parseDouble(f[2]);
          }
          case "b", "w" -> {
            if (classes == null || dims < 0) {
              throw new IllegalArgumentException("'" + f[0] + "' before the embedding and classes lines");
            }
            int c = classes.indexOf(Section.of(f[1]));
            if (c < 0) {
              throw new IllegalArgumentException("section '" + f[1] + "' is not among the classes");
            }
            if (f[0].equals("b")) {
              bias[c] = Double.parseDouble(f[2]);
            } else {
              if (f.length != dims + 2) {
                throw new IllegalArgumentException("needs " + dims + " weights, has " + (f.length - 2));
              }
              w[c] = new double[dims];
              for (int j = 0; j < dims; j++) {
                w[c][j] = Double.parseDouble(f[j + 2]);
              }
            }
          }
          default -> throw new IllegalArgumentException("unknown record '" + f[0] + "'");
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IllegalArgumentException(where + " bad model line: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + " " + e.getMessage());
      }
    }
    if (!magic || modelId == null || classes == null || mode == null) {
      throw new IllegalArgumentException(source + " is not a complete Sector Desk embedding model (needs the '"
          + MAGIC + "\t1', embedding, classes and combine lines)");
    }
    for (int c = 0; c < classes.size(); c++) {
      if (w[c] == null) {
        throw new IllegalArgumentException(source + " has no weights for section " + classes.get(c).id());
      }
    }
    return new Parsed(new EmbeddingClassifier(modelId, classes.toArray(new Section[0]), w, bias), mode, weight);
  }
}
