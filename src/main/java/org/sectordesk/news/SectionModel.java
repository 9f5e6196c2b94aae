package org.sectordesk.news;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The section classifier a workspace files its items with: the naive Bayes over words, the logistic
 * regression over sentence embeddings, or both combined (the embedding model's log-probabilities
 * plus {@code weight} times the naive Bayes log-posteriors). Which one, and the weight, are chosen
 * by five-fold cross-validation when the models are trained ({@link ModelSelection}).
 */
public final class SectionModel {
  /** How the two classifiers are used. */
  public enum Mode {
    NAIVE_BAYES, EMBEDDING, COMBINED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Mode of(String id) {
      for (Mode m : values()) {
        if (m.id().equals(id)) {
          return m;
        }
      }
      throw new IllegalArgumentException("unknown combination '" + id + "' (naive_bayes, embedding or combined)");
    }
  }

  private final SectionClassifier naiveBayes;
  private final EmbeddingClassifier embedding;
  private final Mode mode;
  private final double weight;

  public SectionModel(SectionClassifier naiveBayes, EmbeddingClassifier embedding, Mode mode, double weight) {
    this.naiveBayes = Objects.requireNonNull(naiveBayes, "naiveBayes");
    this.embedding = embedding;
    this.mode = embedding == null ? Mode.NAIVE_BAYES : Objects.requireNonNull(mode, "mode");
    this.weight = weight;
  }

  /** Only the naive Bayes (no embedding model). */
  public static SectionModel naiveBayes(SectionClassifier nb) {
    return new SectionModel(nb, null, Mode.NAIVE_BAYES, 0);
  }

  /** True when the model needs the item's embedding. */
  public boolean usesEmbeddings() {
    return mode != Mode.NAIVE_BAYES;
  }

  /** The section of an item's words and embedding (null embedding: the words alone decide). */
  public Section predict(List<String> words, float[] vector) {
    if (mode == Mode.NAIVE_BAYES || vector == null) {
      return naiveBayes.predict(words);
    }
    if (mode == Mode.EMBEDDING) {
      return embedding.predict(vector);
    }
    return SectionScores.best(combine(embedding.logProbabilities(vector), naiveBayes.logPosteriors(words), weight));
  }

  static double[] combine(double[] embeddingLogP, double[] nbLogP, double weight) {
    double[] out = new double[embeddingLogP.length];
    for (int c = 0; c < out.length; c++) {
      out[c] = embeddingLogP[c] + weight * nbLogP[c];
    }
    return out;
  }

  public SectionClassifier naiveBayesModel() {
    return naiveBayes;
  }

  /** The embedding model, or null. */
  public EmbeddingClassifier embeddingModel() {
    return embedding;
  }

  public Mode mode() {
    return mode;
  }

  public double weight() {
    return weight;
  }
}
