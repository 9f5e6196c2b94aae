package org.sectordesk.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sectordesk.analytics.MarketReview;
import org.sectordesk.analytics.ReviewRow;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.WatchList;
import org.sectordesk.ingest.AnnouncementReader;
import org.sectordesk.ingest.AnnouncementRecord;
import org.sectordesk.ingest.ImportProblem;
import org.sectordesk.ingest.Imported;
import org.sectordesk.ingest.NewsFileReader;
import org.sectordesk.ingest.NewsRecord;
import org.sectordesk.news.AiTracker;
import org.sectordesk.news.Announcement;
import org.sectordesk.news.AnnouncementList;
import org.sectordesk.news.Company;
import org.sectordesk.news.DateExtractor;
import org.sectordesk.news.EmbeddingClassifier;
import org.sectordesk.news.ModelSelection;
import org.sectordesk.news.SectionModel;
import org.sectordesk.news.Segmenter;
import org.sectordesk.news.DatePrecision;
import org.sectordesk.news.Evaluation;
import org.sectordesk.news.LabelledText;
import org.sectordesk.news.NewsAnalyzer;
import org.sectordesk.news.NewsDigest;
import org.sectordesk.news.NewsItem;
import org.sectordesk.news.NewsSearch;
import org.sectordesk.news.Section;
import org.sectordesk.news.SectionClassifier;
import org.sectordesk.store.DuckDbNewsStore;
import org.sectordesk.store.NewsStore;
import org.sectordesk.store.WriteSummary;
import org.sectordesk.workspace.Workspace;

/**
 * The news use cases of a workspace: import and file news, digest a period, the A-share AI
 * tracker, relabel and retrain, announcements.
 */
public final class NewsDesk {
  private final Workspace ws;
  private final NewsStore store;
  private NewsAnalyzer analyzer;
  private org.sectordesk.news.AliasDictionary dictionary;

  public NewsDesk(Workspace ws) {
    this.ws = ws;
    this.store = new DuckDbNewsStore(ws.database());
  }

  /**
   * What an import did.
   *
   * @param file          the file's name
   * @param read          items read
   * @param added         items new to the workspace
   * @param replaced      stored items whose content changed
   * @param unchanged     items already stored as they are
   * @param datedFromText items whose date was read from their text
   * @param problems      every problem found; when there are any, nothing was stored
   * @param monthOnly     items that name no day, dated to the month (date precision {@code month})
   */
  public record ImportResult(String file, int read, long added, long replaced, long unchanged, int datedFromText,
      List<ImportProblem> problems, int monthOnly) {
    public ImportResult(String file, int read, long added, long replaced, long unchanged, int datedFromText,
        List<ImportProblem> problems) {
      this(file, read, added, replaced, unchanged, datedFromText, problems, 0);
    }

    public ImportResult {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** The analyzer of this workspace (its dictionary and model), built on first use. */
  public NewsAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = new NewsAnalyzer(dictionary(), NewsAnalyzer.segmenterFor(dictionary()), NewsResources.sectionModel(ws),
          BgeEmbedder::shared);
    }
    return analyzer;
  }

  /**
   * The workspace's company dictionary. The digest, the tracker and the company look-ups need only this, not the
   * analyzer's segmenter and models (HanLP's dictionaries and two model files, about a fifth of a CPU-second).
   */
  public org.sectordesk.news.AliasDictionary dictionary() {
    if (analyzer != null) {
      return analyzer.dictionary();
    }
    if (dictionary == null) {
      dictionary = NewsResources.dictionary(ws);
    }
    return dictionary;
  }

  /** An analyzer with a workspace's dictionary and model, or the shipped defaults for a null workspace. */
  public static NewsAnalyzer analyzer(Workspace ws) {
    var dictionary = NewsResources.dictionary(ws);
    return new NewsAnalyzer(dictionary, NewsAnalyzer.segmenterFor(dictionary), NewsResources.sectionModel(ws),
        BgeEmbedder::shared);
  }

  public ImportResult importNews(Path file, YearMonth period) {
    Imported<NewsRecord> read = NewsFileReader.read(file);
    return store(file.getFileName().toString(), read, period);
  }

  /** Imports a file's text (used for the bundled sample). */
  public ImportResult importNews(String name, String text, YearMonth period) {
    return store(name, NewsFileReader.read(name, text), period);
  }

  private ImportResult store(String name, Imported<NewsRecord> read, YearMonth period) {
    List<ImportProblem> problems = new ArrayList<>(read.problems());
    List<NewsStore.NewsRow> rows = new ArrayList<>();
    Map<String, String> stored = read.problems().isEmpty() ? store.contentHashes() : Map.of();
    int fromText = 0;
    int monthOnly = 0;
    for (NewsRecord r : read.values()) {
      LocalDate date = r.date();
      boolean dateFromText = false;
      DatePrecision precision = DatePrecision.DAY;
      if (date == null && r.month() != null) {
        date = r.month().atDay(1);
        precision = DatePrecision.MONTH;
      } else if (date == null) {
        Optional<LocalDate> d = DateExtractor.extract(r.title(), r.body(), period);
        if (d.isPresent()) {
          date = d.get();
          dateFromText = true;
          fromText++;
        } else if (period != null) {
          // no day anywhere: the item belongs to the month it was imported for
          date = period.atDay(1);
          precision = DatePrecision.MONTH;
          monthOnly++;
        } else {
          problems.add(new ImportProblem(name, r.location(), "published",
              "no date: the item gives none; give --period YYYY-MM to date it (a day its text names, 11 月 17 日, "
                  + "else the month)"));
          continue;
        }
      }
      String id = "n" + hash(r.url().isBlank() ? r.title() + "\n" + r.body() : r.url()).substring(0, 10);
      String contentHash = hash(date + (precision == DatePrecision.MONTH ? "~month" : "") + "\n" + r.title() + "\n"
          + r.body() + "\n" + r.source());
      // an item stored as it is stays unchanged: no need to embed it again (nor anything, after a problem)
      boolean embed = problems.isEmpty() && !contentHash.equals(stored.get(id));
      NewsAnalyzer.Analysis a = embed ? analyzer().analyze(r.title(), r.body()) : analyzer().analyze(r.title(), r.body(), null);
      List<String> companies = a.tags().companies().stream().map(Company::id).toList();
      rows.add(new NewsStore.NewsRow(id, contentHash, date, dateFromText, r.time(), r.title(), r.body(), r.source(),
          r.url(), a.section().id(), null, companies, a.tags().models(), name, precision.id(), a.embedding()));
    }
    if (!problems.isEmpty()) {
      return new ImportResult(name, read.values().size(), 0, 0, 0, fromText, problems);
    }
    WriteSummary w = store.writeNews(rows);
    return new ImportResult(name, rows.size(), w.inserted(), w.replaced(), w.unchanged(), fromText, List.of(), monthOnly);
  }

  /** Items dated in a window, filed (labels win over the classifier). */
  public List<NewsItem> items(LocalDate from, LocalDate to) {
    return store.news(from, to).stream().map(NewsDesk::item).toList();
  }

  public NewsDigest digest(LocalDate from, LocalDate to) {
    return digest(from, to, NewsSearch.ALL);
  }

  /** The digest of the items of a window that a search selects (full text, company). */
  public NewsDigest digest(LocalDate from, LocalDate to, NewsSearch search) {
    List<NewsItem> items = items(from, to).stream().filter(search::matches).toList();
    return NewsDigest.build(from, to, items, dictionary(), companyWeights(from, to));
  }

  /** The id of the company a label names (id, name, code or alias), or not found. */
  public String companyId(String label) {
    return dictionary().resolve(label).map(Company::id)
        .orElseThrow(() -> new org.sectordesk.domain.NotFoundException("no company '" + label
            + "' in the news dictionary (give its code, name or alias)"));
  }

  /**
   * How much each company weighs in the coverage, to order the digest's company blocks: its market
   * cap in the base currency (亿) at the end of the window, for the coverage names whose market cap
   * is known; a coverage name without one weighs less than any known cap, earlier in desk.yaml
   * heavier; names outside the coverage weigh nothing (absent).
   */
  Map<String, Double> companyWeights(LocalDate from, LocalDate to) {
    List<String> coverage = ws.reference().coverage();
    if (coverage.isEmpty()) {
      return Map.of();
    }
    Map<String, Double> byCode = new HashMap<>();
    try {
      MarketReview review = new MarketDesk(ws.reference(), WorkspaceMarket.of(ws)).review(Period.custom(from, to));
      for (ReviewRow r : review.rows()) {
        if (Double.isFinite(r.marketCapBaseYi()) && r.marketCapBaseYi() > 0) {
          byCode.put(r.security().code(), r.marketCapBaseYi());
        }
      }
    } catch (RuntimeException e) {
      // no market data for the window: the coverage order alone decides
    }
    Map<String, Double> out = new HashMap<>();
    for (Company c : dictionary().companies()) {
      for (String code : c.codes()) {
        int rank = coverage.indexOf(code);
        if (rank < 0) {
          continue;
        }
        double w = byCode.containsKey(code) ? byCode.get(code) : -1.0 - rank / (double) coverage.size();
        out.merge(c.id(), w, Math::max);
      }
    }
    return out;
  }

  public AiTracker tracker(LocalDate from, LocalDate to) {
    return AiTracker.build(from, to, items(from, to), dictionary());
  }

  /** Records a person's section for an item; returns the item as now filed. */
  public NewsItem relabel(String id, Section section, LocalDateTime at) {
    store.label(id, section.id(), at);
    return item(store.newsItem(id).orElseThrow());
  }

  /**
   * What retraining did.
   *
   * @param examples          shipped examples used
   * @param relabelled        the workspace's relabelled items used
   * @param vocabulary        words in the new naive Bayes model
   * @param heldOut           examples in the cross-validation (all of them, five folds)
   * @param heldOutAccuracy   five-fold accuracy of the chosen model (0..1)
   * @param model             where the naive Bayes model was written
   * @param embeddingModel    where the embedding model was written
   * @param selection         every candidate's five-fold accuracy and the one chosen
   * @param refiled           stored items whose section the new model changed
   * @param embedded          stored items that had no embedding and were given one
   */
  public record TrainResult(int examples, int relabelled, int vocabulary, int heldOut, double heldOutAccuracy,
      Path model, Path embeddingModel, ModelSelection.Result selection, int refiled, int embedded) {}

  /** The trained models and how they were chosen. */
  record Trained(SectionClassifier naiveBayes, EmbeddingClassifier embedding, ModelSelection.Result selection) {
    SectionModel model() {
      return new SectionModel(naiveBayes, embedding, selection.chosen().mode(), selection.chosen().weight());
    }

    String embeddingText() {
      return embedding.toText(selection.chosen().mode(), selection.chosen().weight());
    }
  }

  /** Cross-validates the candidates on the examples, then trains both models on all of them. */
  static Trained trainModels(Segmenter segmenter, List<LabelledText> examples, List<float[]> embeddings) {
    List<ModelSelection.Example> ex = new ArrayList<>();
    List<SectionClassifier.TokenisedExample> nb = new ArrayList<>();
    List<EmbeddingClassifier.Example> lr = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      LabelledText l = examples.get(i);
      List<String> words = segmenter.tokens(l.text());
      ex.add(new ModelSelection.Example(words, embeddings.get(i), l.section()));
      nb.add(new SectionClassifier.TokenisedExample(words, l.section()));
      lr.add(new EmbeddingClassifier.Example(embeddings.get(i), l.section()));
    }
    ModelSelection.Result sel = ModelSelection.crossValidate(BgeEmbedder.MODEL_ID, ex);
    return new Trained(SectionClassifier.train(nb, 1.0), EmbeddingClassifier.train(BgeEmbedder.MODEL_ID, lr), sel);
  }

  /**
   * Retrains the section models on the shipped examples plus the workspace's relabelled items,
   * choosing naive Bayes, embeddings or both by five-fold cross-validation; writes the workspace
   * models and re-files the stored items with them (stored items without an embedding get one).
   */
  public TrainResult train() {
    List<LabelledText> examples = new ArrayList<>(NewsResources.trainingExamples());
    int shipped = examples.size();
    List<float[]> embeddings = new ArrayList<>(TrainingEmbeddings.shipped().embed(examples, BgeEmbedder::shared));
    NewsAnalyzer base = analyzer();
    Map<String, float[]> backfilled = new HashMap<>();
    List<NewsStore.NewsRow> all = store.allNews();
    for (NewsStore.NewsRow r : all) {
      if (r.embedding() == null) {
        backfilled.put(r.id(), base.embed(r.title(), r.body()));
      }
    }
    int relabelled = 0;
    for (NewsStore.NewsRow r : all) {
      if (r.label() != null) {
        examples.add(new LabelledText(r.title() + "\n" + r.body(), Section.of(r.label()), null));
        embeddings.add(r.embedding() != null ? r.embedding() : backfilled.get(r.id()));
        relabelled++;
      }
    }
    Trained t = trainModels(base.segmenter(), examples, embeddings);
    Path file = ws.file(NewsResources.WORKSPACE_MODEL);
    Path embFile = ws.file(NewsResources.WORKSPACE_EMBEDDING_MODEL);
    writeAtomically(file, t.naiveBayes().toText());
    writeAtomically(embFile, t.embeddingText());
    analyzer = new NewsAnalyzer(base.dictionary(), base.segmenter(), t.model(), BgeEmbedder::shared);
    Map<String, String> changed = new HashMap<>();
    for (NewsStore.NewsRow r : all) {
      float[] e = r.embedding() != null ? r.embedding() : backfilled.get(r.id());
      String s = analyzer.analyze(r.title(), r.body(), e).section().id();
      if (!s.equals(r.section())) {
        changed.put(r.id(), s);
      }
    }
    store.updateEmbeddings(backfilled);
    store.updateSections(changed);
    return new TrainResult(shipped, relabelled, t.naiveBayes().vocabularySize(), examples.size(),
        t.selection().chosen().accuracy(), file, embFile, t.selection(), changed.size(), backfilled.size());
  }

  private static void writeAtomically(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Classifies every stored item with its stored embedding (nothing is embedded) and returns the
   * number of items whose section differs from the stored one: what re-filing costs, for the bench.
   */
  public int classifyStored() {
    int differ = 0;
    for (NewsStore.NewsRow r : store.allNews()) {
      if (!analyzer().analyze(r.title(), r.body(), r.embedding()).section().id().equals(r.section())) {
        differ++;
      }
    }
    return differ;
  }

  public ImportResult importAnnouncements(Path file) {
    return storeAnnouncements(file.getFileName().toString(), AnnouncementReader.read(file));
  }

  public ImportResult importAnnouncements(String name, String text) {
    return storeAnnouncements(name, AnnouncementReader.read(name, text));
  }

  private ImportResult storeAnnouncements(String name, Imported<AnnouncementRecord> read) {
    if (!read.ok()) {
      return new ImportResult(name, read.values().size(), 0, 0, 0, 0, read.problems());
    }
    List<NewsStore.AnnouncementRow> rows = read.values().stream()
        .map(r -> new NewsStore.AnnouncementRow(r.time(), r.code(), r.name(), r.title(), r.url())).toList();
    WriteSummary w = store.writeAnnouncements(rows);
    return new ImportResult(name, rows.size(), w.inserted(), 0, w.unchanged(), 0, List.of());
  }

  /** A window's announcements, newest first; only the watch lists' names unless {@code all}. */
  public AnnouncementList announcements(LocalDate from, LocalDate to, boolean all) {
    List<Announcement> list = store.announcements(from, to).stream()
        .map(r -> new Announcement(r.time(), r.code(), r.name(), r.title(), r.url())).toList();
    Set<String> watched = null;
    if (!all) {
      watched = new HashSet<>();
      for (WatchList w : ws.reference().watchLists()) {
        watched.addAll(w.codes());
      }
    }
    return AnnouncementList.select(from, to, list, watched);
  }

  /** Scores the classifier and tagger on a labelled file; with a null workspace the shipped defaults. */
  public static Imported<Evaluation> evaluate(Path file, Workspace wsOrNull) {
    Imported<LabelledText> labelled = NewsResources.labelled(file);
    if (!labelled.ok()) {
      return new Imported<>(List.of(), labelled.problems());
    }
    return new Imported<>(List.of(Evaluation.run(analyzer(wsOrNull), labelled.values())), List.of());
  }

  public long newsCount() {
    return store.newsCount();
  }

  static NewsItem item(NewsStore.NewsRow r) {
    boolean labelled = r.label() != null;
    return new NewsItem(r.id(), r.date(), r.dateFromText(), r.title(), r.body(), r.source(), r.url(),
        Section.of(labelled ? r.label() : r.section()), labelled, r.companies(), r.models(),
        DatePrecision.of(r.datePrecision()), r.embedding());
  }

  static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
