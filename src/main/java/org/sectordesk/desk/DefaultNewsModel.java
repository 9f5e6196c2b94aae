package org.sectordesk.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.news.AliasDictionary;
import org.sectordesk.news.LabelledText;
import org.sectordesk.news.ModelSelection;
import org.sectordesk.news.NewsAnalyzer;
import org.sectordesk.news.Section;
import org.sectordesk.news.Segmenter;

/**
 * Rebuilds the shipped default models from the shipped examples and dictionary (a developer tool):
 * {@code java -cp target/classes:target/lib/* org.sectordesk.desk.DefaultNewsModel [src/main/resources/org/sectordesk/news]}.
 * Embeds the examples (refreshing {@code training-embeddings.bin}), cross-validates naive Bayes,
 * embeddings and their combinations five-fold, prints every candidate's accuracy per section, and
 * writes {@code model.tsv} and {@code embedding-model.tsv}.
 */
public final class DefaultNewsModel {
  private DefaultNewsModel() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/org/sectordesk/news");
    AliasDictionary dictionary = NewsResources.dictionary(null);
    Segmenter segmenter = NewsAnalyzer.segmenterFor(dictionary);
    List<LabelledText> examples = NewsResources.trainingExamples();
    List<float[]> embeddings = TrainingEmbeddings.shipped().embed(examples, BgeEmbedder::shared);
    List<String> texts = new ArrayList<>();
    examples.forEach(e -> texts.add(e.text()));
    Path cacheFile = dir.resolve("training-embeddings.bin");
    TrainingEmbeddings.write(cacheFile, BgeEmbedder.MODEL_ID, texts, embeddings);
    // train on the vectors as stored (8-bit), which is what `news train` and the tests read back
    try (var in = Files.newInputStream(cacheFile)) {
      embeddings = TrainingEmbeddings.read(in).embed(examples, () -> {
        throw new IllegalStateException("an example is missing from the cache just written");
      });
    }
    NewsDesk.Trained t = NewsDesk.trainModels(segmenter, examples, embeddings);
    Files.writeString(dir.resolve("model.tsv"), t.naiveBayes().toText(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("embedding-model.tsv"), t.embeddingText(), StandardCharsets.UTF_8);
    System.out.printf("%d examples, vocabulary %d, written to %s%n", examples.size(), t.naiveBayes().vocabularySize(), dir);
    System.out.println(report(t.selection()));
  }

  /** Every candidate's five-fold accuracy, overall and per section. */
  static String report(ModelSelection.Result r) {
    StringBuilder b = new StringBuilder(String.format("%-22s %7s", "five-fold", "all"));
    for (Section s : Section.values()) {
      b.append(String.format(" %14s", s.id()));
    }
    b.append('\n');
    for (ModelSelection.Score s : r.scores()) {
      String name = s.mode().id() + (s.mode() == org.sectordesk.news.SectionModel.Mode.COMBINED ? " w=" + s.weight() : "");
      b.append(String.format("%-22s %6.1f%%", (s == r.chosen() ? "* " : "  ") + name, 100 * s.accuracy()));
      for (Section sec : Section.values()) {
        b.append(String.format(" %13.1f%%", 100 * s.perSection().get(sec)));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
