package org.sectordesk.desk.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.sectordesk.desk.NewsDesk;
import org.sectordesk.news.LabelledText;
import org.sectordesk.news.NewsAnalyzer;

/**
 * News benchmark: classifies and tags synthetic items (a title and a five-sentence body drawn at
 * random from the shipped examples, about 200 characters, the size of a report brief) with the shipped dictionary and model,
 * single-threaded. Prints medians over repeated runs after a
 * warm-up. {@code java -cp target/classes:target/lib/* org.sectordesk.desk.bench.NewsBench [items] [runs]}
 * or {@code desk news bench}.
 */
public final class NewsBench {
  private NewsBench() {}

  public static void main(String[] args) {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    System.out.println(run(items, runs));
  }

  /** Runs the benchmark and returns its report. */
  public static String run(int items, int runs) {
    long t0 = System.nanoTime();
    NewsAnalyzer analyzer = NewsDesk.analyzer(null);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    List<LabelledText> ex = org.sectordesk.desk.NewsResources.trainingExamples();
    Random rnd = new Random(42);
    String[] titles = new String[items];
    String[] bodies = new String[items];
    long chars = 0;
    for (int i = 0; i < items; i++) {
      titles[i] = cut(ex.get(rnd.nextInt(ex.size())).text());
      StringBuilder body = new StringBuilder();
      for (int k = 0; k < 5; k++) {
        body.append(ex.get(rnd.nextInt(ex.size())).text());
      }
      bodies[i] = body.toString();
      chars += titles[i].length() + bodies[i].length();
    }
    double[] rates = new double[runs];
    long sink = 0;
    for (int r = -1; r < runs; r++) {
      long s = System.nanoTime();
      for (int i = 0; i < items; i++) {
        NewsAnalyzer.Analysis a = analyzer.analyze(titles[i], bodies[i]);
        sink += a.section().ordinal() + a.tags().companies().size();
      }
      double secs = (System.nanoTime() - s) / 1e9;
      if (r >= 0) {
        rates[r] = items / secs;
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(String.format("news bench: %d items per run (avg %d chars), %d runs after a warm-up, 1 thread%n",
        items, chars / items, runs));
    b.append(String.format("  load dictionary + segmenter + model: %.0f ms%n", loadMs));
    b.append(String.format("  classify + tag:        median %,.0f items/s (min %,.0f, max %,.0f)%n", median(rates),
        Arrays.stream(rates).min().orElse(0), Arrays.stream(rates).max().orElse(0)));
    b.append(String.format("  (checksum %d)", sink));
    return b.toString();
  }

  private static String cut(String s) {
    int p = s.indexOf('，');
    return p > 6 ? s.substring(0, p) : s;
  }

  private static double median(double[] v) {
    double[] c = v.clone();
    Arrays.sort(c);
    return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
  }
}
