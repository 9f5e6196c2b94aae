package org.sectordesk.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Files one item: its sentence embedding (when an embedder is given), its section (the section
 * model over its words and embedding) and its companies and models (alias dictionary; when
 * companies tie for the main place, the one whose name and aliases are closest to the item's
 * embedding wins). Built once per dictionary and model; thread-safe for reading. The embedder is
 * asked for only when an item is embedded, so building an analyzer never loads the embedding model.
 */
public final class NewsAnalyzer {
  /** What the analyzer found in one item; {@code embedding} is null without an embedder. */
  public record Analysis(Section section, CompanyTags tags, float[] embedding) {
    public Analysis {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(tags, "tags");
    }

    public Analysis(Section section, CompanyTags tags) {
      this(section, tags, null);
    }
  }

  private final AliasDictionary dictionary;
  private final Segmenter segmenter;
  private final CompanyTagger tagger;
  private final SectionModel model;
  private final Supplier<SentenceEmbedder> embedder;
  private final Map<String, float[]> companyProfiles = new ConcurrentHashMap<>();

  public NewsAnalyzer(AliasDictionary dictionary, Segmenter segmenter, SectionClassifier classifier) {
    this(dictionary, segmenter, SectionModel.naiveBayes(classifier), null);
  }

  /**
   * @param embedder gives the sentence embedder on first use; null: items are not embedded (the
   *                 section model then falls back to its words)
   */
  public NewsAnalyzer(AliasDictionary dictionary, Segmenter segmenter, SectionModel model, Supplier<SentenceEmbedder> embedder) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.model = Objects.requireNonNull(model, "model");
    this.embedder = embedder;
    this.tagger = new CompanyTagger(dictionary);
  }

  /** A segmenter that knows the dictionary's terms. */
  public static Segmenter segmenterFor(AliasDictionary dictionary) {
    return Segmenter.withTerms(dictionary.terms());
  }

  /** Embeds and files a new item. */
  public Analysis analyze(String title, String body) {
    float[] e = embedder == null ? null : embed(title, body);
    return analyze(title, body, e);
  }

  /** Files an item whose embedding is known (null when it has none): nothing is embedded. */
  public Analysis analyze(String title, String body, float[] embedding) {
    String t = title == null ? "" : title;
    String b = body == null ? "" : body;
    Section s = model.predict(segmenter.tokens(t.isEmpty() ? b : t + "\n" + b), embedding);
    CompanyTags tags = tagger.tag(t, b);
    if (tags.tiedAtTop() > 1 && embedding != null) {
      tags = breakTie(tags, embedding);
    }
    return new Analysis(s, tags, embedding);
  }

  /** The item's sentence embedding (title and the opening of its body). */
  public float[] embed(String title, String body) {
    if (embedder == null) {
      throw new IllegalStateException("this analyzer has no sentence embedder");
    }
    return SentenceEmbedder.unit(embedder.get().embed(SentenceEmbedder.itemText(title, body)));
  }

  public boolean embeds() {
    return embedder != null;
  }

  private CompanyTags breakTie(CompanyTags tags, float[] embedding) {
    List<Company> ranked = new ArrayList<>(tags.companies());
    int best = 0;
    double bestSim = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < tags.tiedAtTop(); i++) {
      Company c = ranked.get(i);
      float[] profile = companyProfiles.computeIfAbsent(c.id(), k -> SentenceEmbedder.unit(embedder.get().embed(profileText(c))));
      double sim = NearDuplicates.cosine(profile, embedding);
      if (sim > bestSim) {
        bestSim = sim;
        best = i;
      }
    }
    ranked.add(0, ranked.remove(best));
    return new CompanyTags(ranked, tags.models(), 1);
  }

  /** What a company is: its name, English name and aliases (products, apps, models). */
  static String profileText(Company c) {
    StringBuilder b = new StringBuilder(c.name());
    if (!c.nameEn().isEmpty()) {
      b.append(' ').append(c.nameEn());
    }
    c.aliases().stream().limit(12).forEach(a -> b.append('、').append(a));
    return b.toString();
  }

  public AliasDictionary dictionary() {
    return dictionary;
  }

  public Segmenter segmenter() {
    return segmenter;
  }

  /** The naive Bayes part of the section model. */
  public SectionClassifier classifier() {
    return model.naiveBayesModel();
  }

  public SectionModel model() {
    return model;
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
