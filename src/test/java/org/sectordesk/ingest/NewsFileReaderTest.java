package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class NewsFileReaderTest {

  @Test
  void feedMarkupBecomesPlainText() {
    Imported<NewsRecord> r = NewsFileReader.read(Fixtures.file("news-feed-with-markup.rss"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.values()).hasSize(2);
    NewsRecord first = r.values().get(0);
    assertThat(first.title()).isEqualTo("腾讯发布混元新模型");
    assertThat(first.body()).isEqualTo("腾讯宣布混元升级 & 开源。\n第二段\n换行");
    assertThat(first.body()).doesNotContain("<", ">", "alert", "script", "&nbsp;", "&amp;", "onerror");
    assertThat(first.source()).isEqualTo("示例科技 & 财经");
    assertThat(first.url()).isEqualTo("https://example.com/a/1");
    assertThat(first.time()).isEqualTo(LocalDateTime.of(2025, 11, 17, 10, 30));
    assertThat(r.values().get(1).date()).isNull();
  }

  @Test
  void atomContentIsReadAsTextToo() {
    Imported<NewsRecord> r = NewsFileReader.read(Fixtures.file("news-atom.atom"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.values()).singleElement().satisfies(n -> {
      assertThat(n.body()).isEqualTo("快手可灵AI上线新模型");
      assertThat(n.date()).isEqualTo(LocalDate.of(2025, 11, 20));
    });
  }

  @Test
  void jsonLinesProblemsNameLineAndField() {
    Imported<NewsRecord> r = NewsFileReader.read(Fixtures.file("news-bad-rows.jsonl"));
    assertThat(r.problems()).extracting(ImportProblem::toString).containsExactly(
        "news-bad-rows.jsonl:2 [published] '2025-11-31' is not a date (use 2025-11-17, 2025-11-17 09:30, or a month: 2025-11)",
        "news-bad-rows.jsonl:3 [body] the item has neither title nor body",
        "news-bad-rows.jsonl:4 [url] 'ftp://example.com/x' is not an http(s) address",
        "news-bad-rows.jsonl:5 [json] not a JSON object: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    assertThat(r.values()).hasSize(1);
  }

  @Test
  void csvKeepsQuotedCommasLineBreaksAndTheStartingLine() {
    Imported<NewsRecord> r = NewsFileReader.read(Fixtures.file("news-quoted.csv"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.values()).hasSize(2);
    assertThat(r.values().get(0).title()).isEqualTo("带逗号, 的标题");
    assertThat(r.values().get(0).body()).isEqualTo("第一行\n第二行 \"引号\"");
    assertThat(r.values().get(0).time()).isEqualTo(LocalDateTime.of(2025, 11, 5, 9, 30));
    assertThat(r.values().get(1).location()).isEqualTo("4");
    assertThat(r.values().get(1).date()).isNull();
  }

  @Test
  void formatIsDetectedByExtensionThenContent() {
    assertThat(NewsFileReader.detect("a.jsonl", "")).isEqualTo(NewsFileReader.Format.JSONL);
    assertThat(NewsFileReader.detect("feed", "  <?xml version=\"1.0\"?><rss/>")).isEqualTo(NewsFileReader.Format.FEED);
    assertThat(NewsFileReader.detect("dump.txt", "{\"title\": \"x\"}")).isEqualTo(NewsFileReader.Format.JSONL);
    assertThat(NewsFileReader.detect("dump.txt", "title,body")).isEqualTo(NewsFileReader.Format.CSV);
  }

  @Test
  void controlCharactersAndTerminalEscapesAreDropped() {
    Imported<NewsRecord> r = NewsFileReader.read("esc.jsonl",
        "{\"title\": \"\\u001b[31m红色标题\\u001b[0m\", \"body\": \"正文\\u0007\\r\\n第二行\", \"published\": \"2025-11-03\"}\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.values().get(0).title()).isEqualTo("[31m红色标题[0m");
    assertThat(r.values().get(0).body()).isEqualTo("正文\n第二行");
  }

  @Test
  void aBrokenFeedIsOneProblem() {
    Imported<NewsRecord> r = NewsFileReader.read("broken.rss", "<rss><channel><item>");
    assertThat(r.problems()).singleElement().asString().startsWith("broken.rss:1 [feed] not a readable RSS or Atom feed");
  }
}
