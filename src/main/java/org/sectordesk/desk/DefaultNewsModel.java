package org.sectordesk.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sectordesk.news.AliasDictionary;
import org.sectordesk.news.LabelledText;
import org.sectordesk.news.NewsAnalyzer;
import org.sectordesk.news.SectionClassifier;
import org.sectordesk.news.Segmenter;

/**
 * Rebuilds the shipped default model from the shipped examples and dictionary (a developer tool):
 * {@code java -cp target/classes:target/lib/* org.sectordesk.desk.DefaultNewsModel src/main/resources/org/sectordesk/news/model.tsv}.
 * Prints the accuracy on the held-out fifth of the examples (a model trained on the other four fifths).
 */
public final class DefaultNewsModel {
  private DefaultNewsModel() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/org/sectordesk/news/model.tsv");
    AliasDictionary dictionary = NewsResources.dictionary(null);
    Segmenter segmenter = NewsAnalyzer.segmenterFor(dictionary);
    List<LabelledText> examples = NewsResources.trainingExamples();
    SectionClassifier model = NewsAnalyzer.train(segmenter, examples);
    Files.writeString(out, model.toText(), StandardCharsets.UTF_8);
    NewsAnalyzer base = new NewsAnalyzer(dictionary, segmenter, model);
    var h = NewsDesk.heldOut(base, examples);
    System.out.printf("%d examples, vocabulary %d, written to %s%n", examples.size(), model.vocabularySize(), out);
    System.out.printf("held-out accuracy (train on 4/5, test on every 5th, n=%d): %.1f%%%n", h.n(), 100 * h.accuracy());
  }
}
