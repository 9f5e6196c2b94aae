package org.sectordesk.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Files one item: its section (classifier over segmented words) and its companies and models
 * (alias dictionary). Built once per dictionary and model; thread-safe for reading.
 */
public final class NewsAnalyzer {
  /** What the analyzer found in one item. */
  public record Analysis(Section section, CompanyTags tags) {
    public Analysis {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(tags, "tags");
    }
  }

  private final AliasDictionary dictionary;
  private final Segmenter segmenter;
  private final CompanyTagger tagger;
  private final SectionClassifier classifier;

  public NewsAnalyzer(AliasDictionary dictionary, Segmenter segmenter, SectionClassifier classifier) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.tagger = new CompanyTagger(dictionary);
  }

  /** A segmenter that knows the dictionary's terms. */
  public static Segmenter segmenterFor(AliasDictionary dictionary) {
    return Segmenter.withTerms(dictionary.terms());
  }

  public Analysis analyze(String title, String body) {
    String t = title == null ? "" : title;
    String b = body == null ? "" : body;
    Section s = classifier.predict(segmenter.tokens(t.isEmpty() ? b : t + "\n" + b));
    return new Analysis(s, tagger.tag(t, b));
  }

  public AliasDictionary dictionary() {
    return dictionary;
  }

  public Segmenter segmenter() {
    return segmenter;
  }

  public SectionClassifier classifier() {
    return classifier;
  }

  /** Trains a classifier on labelled texts with this segmenter. */
  public static SectionClassifier train(Segmenter segmenter, List<LabelledText> examples) {
    List<SectionClassifier.TokenisedExample> ex = new ArrayList<>(examples.size());
    for (LabelledText l : examples) {
      ex.add(new SectionClassifier.TokenisedExample(segmenter.tokens(l.text()), l.section()));
    }
    return SectionClassifier.train(ex, 1.0);
  }
}
