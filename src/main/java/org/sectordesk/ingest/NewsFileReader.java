package org.sectordesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads news items from JSON lines, CSV or an RSS / Atom feed (chosen by extension: .jsonl,
 * .ndjson, .csv, .rss, .atom, .xml; otherwise by the first character of the file). Fields:
 * {@code title}, {@code body} (or {@code text}, {@code content}, {@code summary}), {@code source},
 * {@code url} (or {@code link}), {@code published} (or {@code time}, {@code date}) as
 * {@code 2025-11-17}, {@code 2025-11-17 09:30}, ISO with or without offset. Feed bodies are HTML
 * and are turned into plain text here (tags dropped, entities decoded, paragraphs kept as lines).
 * In JSON lines, blank lines and lines starting with {@code #} are skipped.
 * Every problem is collected; the caller stores nothing unless there are none.
 */
public final class NewsFileReader {
  /** The layouts a news file can have. */
  public enum Format { JSONL, CSV, FEED }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId FEED_ZONE = ZoneId.of("Asia/Shanghai");

  private NewsFileReader() {}

  public static Imported<NewsRecord> read(Path file) {
    String name = file.getFileName().toString();
    String text;
    try {
      text = TextFiles.read(file);
    } catch (IOException e) {
      return new Imported<>(List.of(), List.of(new ImportProblem(name, "0", "file", "cannot read: " + e.getMessage())));
    }
    return read(name, text);
  }

  /** Reads a file's text; {@code name} is used to pick the format and in problems. */
  public static Imported<NewsRecord> read(String name, String text) {
    Imported<NewsRecord> read = switch (detect(name, text)) {
      case JSONL -> jsonLines(name, text);
      case CSV -> csv(name, text);
      case FEED -> feed(name, text);
    };
    List<ImportProblem> problems = new ArrayList<>(read.problems());
    sameUrlSameItem(name, read.values(), problems);
    if (read.values().isEmpty() && problems.isEmpty()) {
      problems.add(ImportProblem.atLine(name, 1, "items", "the file holds no news items"));
    }
    return problems.size() == read.problems().size() ? read : new Imported<>(List.of(), problems);
  }

  /** One address is one story: two items of a file with the same URL but different text are a problem naming both. */
  private static void sameUrlSameItem(String name, List<NewsRecord> items, List<ImportProblem> problems) {
    Map<String, NewsRecord> byUrl = new HashMap<>();
    for (NewsRecord r : items) {
      if (r.url() == null || r.url().isBlank()) {
        continue;
      }
      NewsRecord first = byUrl.putIfAbsent(r.url(), r);
      if (first != null && !(first.title().equals(r.title()) && first.body().equals(r.body()))) {
        problems.add(new ImportProblem(name, r.location(), "url", Echo.echo(r.url()) + " is also on "
            + (first.location().chars().allMatch(Character::isDigit) ? "line " : "") + first.location() + " with a different title or body (one address is one story)"));
      }
    }
  }

  static Format detect(String name, String text) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Format.JSONL;
    }
    if (n.endsWith(".csv")) {
      return Format.CSV;
    }
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
      return Format.FEED;
    }
    String t = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
    if (t.startsWith("<")) {
      return Format.FEED;
    }
    if (t.startsWith("{")) {
      return Format.JSONL;
    }
    return Format.CSV;
  }

  private static Imported<NewsRecord> jsonLines(String name, String text) {
    List<NewsRecord> out = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      long ln = i + 1;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        problems.add(ImportProblem.atLine(name, ln, "json", "not a JSON object: " + e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        problems.add(ImportProblem.atLine(name, ln, "json", "each line must be one JSON object"));
        continue;
      }
      Map<String, String> fields = new HashMap<>();
      node.fields().forEachRemaining(e -> fields.put(e.getKey().toLowerCase(Locale.ROOT),
          e.getValue().isNull() ? "" : e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
      record(name, Long.toString(ln), fields, out, problems);
    }
    return new Imported<>(out, problems);
  }

  private static Imported<NewsRecord> csv(String name, String text) {
    List<NewsRecord> out = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<CsvText.Row> rows = CsvText.parse(text);
    if (rows.isEmpty()) {
      return new Imported<>(out, List.of(ImportProblem.atLine(name, 1, "header", "the file is empty")));
    }
    List<String> header = rows.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (!header.contains("title") && !header.contains("body") && !header.contains("text") && !header.contains("content")) {
      return new Imported<>(out, List.of(ImportProblem.atLine(name, 1, "header",
          "needs a title or body column (columns: title, body, source, url, published), found " + header)));
    }
    for (CsvText.Row row : rows.subList(1, rows.size())) {
      if (row.cells().size() != header.size()) {
        problems.add(ImportProblem.atLine(name, row.line(), "row",
            "has " + row.cells().size() + " cells, the header has " + header.size()));
        continue;
      }
      Map<String, String> fields = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        fields.put(header.get(c), row.cells().get(c));
      }
      record(name, Long.toString(row.line()), fields, out, problems);
    }
    return new Imported<>(out, problems);
  }

  private static void record(String name, String loc, Map<String, String> f, List<NewsRecord> out,
      List<ImportProblem> problems) {
    String title = first(f, "title", "headline");
    String body = first(f, "body", "text", "content", "summary");
    String source = first(f, "source", "outlet");
    String url = first(f, "url", "link");
    String published = first(f, "published", "time", "date", "published_at");
    int before = problems.size();
    if (title.isBlank() && body.isBlank()) {
      problems.add(new ImportProblem(name, loc, "body", "the item has neither title nor body"));
    }
    LocalDate date = null;
    LocalDateTime time = null;
    java.time.YearMonth month = null;
    if (!published.isBlank()) {
      time = NewsDates.dateTime(published);
      date = time != null ? time.toLocalDate() : NewsDates.date(published);
      month = date == null ? NewsDates.month(published) : null;
      if (date == null && month == null) {
        problems.add(new ImportProblem(name, loc, "published",
            "'" + Echo.echo(published) + "' is not a date (use 2025-11-17, 2025-11-17 09:30, or a month: 2025-11)"));
      } else if (date != null && DateWindow.BOOK.check(date) != null) {
        problems.add(new ImportProblem(name, loc, "published", DateWindow.BOOK.check(date)));
      }
    }
    if (!url.isBlank() && !(url.startsWith("http://") || url.startsWith("https://"))) {
      problems.add(new ImportProblem(name, loc, "url", "'" + Echo.echo(url) + "' is not an http(s) address"));
    }
    if (problems.size() == before) {
      out.add(new NewsRecord(loc, title, body, source, url, date, time, month));
    }
  }

  private static String first(Map<String, String> f, String... keys) {
    for (String k : keys) {
      String v = f.get(k);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  private static Imported<NewsRecord> feed(String name, String text) {
    List<NewsRecord> out = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
    } catch (FeedException | IllegalArgumentException e) {
      return new Imported<>(out, List.of(ImportProblem.atLine(name, 1, "feed", "not a readable RSS or Atom feed: " + e.getMessage())));
    }
    String source = plainText(feed.getTitle());
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String loc = "entry " + n;
      String title = plainText(e.getTitle());
      StringBuilder html = new StringBuilder();
      for (SyndContent c : e.getContents()) {
        if (c.getValue() != null) {
          html.append(c.getValue()).append('\n');
        }
      }
      if (html.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
        html.append(e.getDescription().getValue());
      }
      String body = plainText(html.toString());
      java.util.Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      LocalDateTime time = when == null ? null : LocalDateTime.ofInstant(when.toInstant(), FEED_ZONE);
      String url = e.getLink() == null ? "" : e.getLink().strip();
      if (title.isBlank() && body.isBlank()) {
        problems.add(new ImportProblem(name, loc, "body", "the entry has neither title nor text"));
        continue;
      }
      if (!url.isBlank() && !(url.startsWith("http://") || url.startsWith("https://"))) {
        problems.add(new ImportProblem(name, loc, "url", "'" + Echo.echo(url) + "' is not an http(s) address"));
        continue;
      }
      out.add(new NewsRecord(loc, title, body, source, url, time == null ? null : time.toLocalDate(), time));
    }
    return new Imported<>(out, problems);
  }

  /**
   * Markup to plain text: tags (and scripts, styles) dropped, entities decoded, block elements and
   * {@code <br>} kept as line breaks.
   */
  public static String plainText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("script, style, iframe, object, embed, noscript").remove();
    Elements breaks = doc.select("br");
    for (Element br : breaks) {
      br.after("\n");
    }
    for (Element block : doc.select("p, div, li, h1, h2, h3, h4, h5, h6, tr, blockquote")) {
      block.appendText("\n");
    }
    String text = doc.body().wholeText();
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n")) {
      String l = line.replace('\u00a0', ' ').strip().replaceAll("[ \t]+", " ");
      if (!l.isEmpty()) {
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(l);
      }
    }
    return b.toString();
  }
}
