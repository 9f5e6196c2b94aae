package org.sectordesk.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How well the classifier and the tagger do on a labelled file.
 *
 * @param n                 number of items
 * @param sectionAccuracy   share of items whose predicted section is the label (0..1)
 * @param companyAccuracy   share of the items whose label names a company where the predicted main
 *                          company is that company (0..1; NaN when no label names a company)
 * @param companyLabelled   number of items whose label names a company
 * @param confusion         labelled section id to predicted section id to count (every section present)
 * @param items             each item's labels and predictions
 */
public record Evaluation(int n, double sectionAccuracy, double companyAccuracy, int companyLabelled,
    Map<String, Map<String, Integer>> confusion, List<Result> items) {

  /**
   * One evaluated item.
   *
   * @param section            the labelled section id
   * @param predictedSection   the predicted section id
   * @param company            the labelled company alias as given, or null
   * @param predictedCompany   the predicted main company's name, or null
   * @param companyCorrect     whether the predicted company is the labelled one (false when unlabelled)
   */
  public record Result(String section, String predictedSection, String company, String predictedCompany,
      boolean companyCorrect) {}

  public Evaluation {
    confusion = copy(confusion);
    items = List.copyOf(items);
  }

  private static Map<String, Map<String, Integer>> copy(Map<String, Map<String, Integer>> m) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Runs the analyzer over labelled texts. A company label the dictionary does not know counts as a miss. */
  public static Evaluation run(NewsAnalyzer analyzer, List<LabelledText> labelled) {
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    for (Section a : Section.values()) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (Section b : Section.values()) {
        row.put(b.id(), 0);
      }
      confusion.put(a.id(), row);
    }
    int sectionHits = 0;
    int companyN = 0;
    int companyHits = 0;
    List<Result> results = new ArrayList<>();
    for (LabelledText l : labelled) {
      NewsAnalyzer.Analysis a = analyzer.analyze("", l.text());
      if (a.section() == l.section()) {
        sectionHits++;
      }
      confusion.get(l.section().id()).merge(a.section().id(), 1, Integer::sum);
      Optional<Company> predicted = a.tags().main();
      boolean ok = false;
      if (l.company() != null) {
        companyN++;
        Optional<Company> expected = analyzer.dictionary().resolve(l.company());
        ok = expected.isPresent() && predicted.isPresent() && expected.get().id().equals(predicted.get().id());
        if (ok) {
          companyHits++;
        }
      }
      results.add(new Result(l.section().id(), a.section().id(), l.company(),
          predicted.map(Company::name).orElse(null), ok));
    }
    int n = labelled.size();
    return new Evaluation(n, n == 0 ? Double.NaN : sectionHits / (double) n,
        companyN == 0 ? Double.NaN : companyHits / (double) companyN, companyN, confusion, results);
  }
}
