package org.sectordesk.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses how to file items by k-fold cross-validation on the labelled examples: the naive Bayes
 * alone, the embedding model alone, or the two combined with one of a few weights. Example i is in
 * fold i mod k. The best accuracy wins; a tie goes to the simpler candidate (listed first).
 */
public final class ModelSelection {
  public static final int FOLDS = 5;
  static final double[] WEIGHTS = {0.02, 0.05, 0.1, 0.2, 0.5, 1.0};

  private ModelSelection() {}

  /** An example with its words and embedding. */
  public record Example(List<String> words, float[] embedding, Section section) {}

  /**
   * One candidate's cross-validated score.
   *
   * @param mode      the combination
   * @param weight    the naive Bayes weight when combined, else 0
   * @param accuracy  the share of examples its held-out fold classified right
   * @param perSection accuracy per section (labelled section → share right)
   */
  public record Score(SectionModel.Mode mode, double weight, double accuracy, Map<Section, Double> perSection) {}

  /** The cross-validated scores of every candidate, and the chosen one. */
  public record Result(List<Score> scores, Score chosen) {
    public Score of(SectionModel.Mode mode) {
      return scores.stream().filter(s -> s.mode() == mode).max((a, b) -> Double.compare(a.accuracy(), b.accuracy()))
          .orElseThrow();
    }
  }

  public static Result crossValidate(String embeddingModel, List<Example> examples) {
    int n = examples.size();
    List<List<Section>> predicted = new ArrayList<>();
    int candidates = 2 + WEIGHTS.length;
    for (int c = 0; c < candidates; c++) {
      predicted.add(new ArrayList<>(java.util.Collections.nCopies(n, (Section) null)));
    }
    for (int fold = 0; fold < FOLDS; fold++) {
      List<SectionClassifier.TokenisedExample> nbTrain = new ArrayList<>();
      List<EmbeddingClassifier.Example> lrTrain = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i % FOLDS != fold) {
          Example e = examples.get(i);
          nbTrain.add(new SectionClassifier.TokenisedExample(e.words(), e.section()));
          lrTrain.add(new EmbeddingClassifier.Example(e.embedding(), e.section()));
        }
      }
      if (nbTrain.isEmpty()) {
        continue;
      }
      SectionClassifier nb = SectionClassifier.train(nbTrain, 1.0);
      EmbeddingClassifier lr = EmbeddingClassifier.train(embeddingModel, lrTrain);
      for (int i = fold; i < n; i += FOLDS) {
        Example e = examples.get(i);
        double[] nbp = nb.logPosteriors(e.words());
        double[] lrp = lr.logProbabilities(e.embedding());
        predicted.get(0).set(i, SectionScores.best(nbp));
        predicted.get(1).set(i, SectionScores.best(lrp));
        for (int w = 0; w < WEIGHTS.length; w++) {
          predicted.get(2 + w).set(i, SectionScores.best(SectionModel.combine(lrp, nbp, WEIGHTS[w])));
        }
      }
    }
    List<Score> scores = new ArrayList<>();
    for (int c = 0; c < candidates; c++) {
      SectionModel.Mode mode = c == 0 ? SectionModel.Mode.NAIVE_BAYES : c == 1 ? SectionModel.Mode.EMBEDDING
          : SectionModel.Mode.COMBINED;
      scores.add(score(mode, c < 2 ? 0 : WEIGHTS[c - 2], examples, predicted.get(c)));
    }
    Score best = scores.get(0);
    for (Score s : scores) {
      if (s.accuracy() > best.accuracy() + 1e-12) {
        best = s;
      }
    }
    return new Result(scores, best);
  }

  private static Score score(SectionModel.Mode mode, double weight, List<Example> examples, List<Section> predicted) {
    int hits = 0;
    int[] right = new int[Section.values().length];
    int[] total = new int[Section.values().length];
    for (int i = 0; i < examples.size(); i++) {
      Section truth = examples.get(i).section();
      total[truth.ordinal()]++;
      if (truth == predicted.get(i)) {
        hits++;
        right[truth.ordinal()]++;
      }
    }
    Map<Section, Double> per = new LinkedHashMap<>();
    for (Section s : Section.values()) {
      per.put(s, total[s.ordinal()] == 0 ? Double.NaN : right[s.ordinal()] / (double) total[s.ordinal()]);
    }
    return new Score(mode, weight, examples.isEmpty() ? Double.NaN : hits / (double) examples.size(), per);
  }
}
