package org.sectordesk.desk.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectordesk.news.Evaluation;

/**
 * {@code desk news eval}: the classifier's and the tagger's accuracy on a labelled file (fractions; company accuracy
 * null when no label names a company) and the confusion of labelled (rows) against predicted (columns) sections.
 */
public record EvaluationView(int n, double sectionAccuracy, double companyAccuracy, int companyN,
    Map<String, Map<String, Integer>> confusion, List<Item> items) {

  /** One labelled text and what the desk made of it. */
  public record Item(String section, String predictedSection, String company, String predictedCompany) {}

  public static EvaluationView of(Evaluation e) {
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    e.confusion().forEach((k, v) -> confusion.put(k, new LinkedHashMap<>(v)));
    List<Item> items = e.items().stream()
        .map(x -> new Item(x.section(), x.predictedSection(), x.company(), x.predictedCompany())).toList();
    return new EvaluationView(e.n(), e.sectionAccuracy(), e.companyAccuracy(), e.companyLabelled(), confusion, items);
  }
}
