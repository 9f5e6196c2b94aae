package org.sectordesk.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sectordesk.domain.SecurityCodes;

/**
 * Reads a CSV export of an exchange disclosure site: one announcement a row with the columns
 * {@code time, code, name, title, url} (or the Chinese headers 发布时间, 证券代码, 证券名称, 公告标题,
 * 链接; {@code url} optional). Times like {@code 2024-09-06 20:03}; codes Wind-style, spaces
 * tolerated ({@code 600654. SH}). A row repeated in the file is a problem.
 */
public final class AnnouncementReader {
  private static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("time", "time"), Map.entry("发布时间", "time"), Map.entry("公告日期", "time"), Map.entry("date", "time"),
      Map.entry("code", "code"), Map.entry("证券代码", "code"), Map.entry("股票代码", "code"),
      Map.entry("name", "name"), Map.entry("证券名称", "name"), Map.entry("股票名称", "name"), Map.entry("证券简称", "name"),
      Map.entry("title", "title"), Map.entry("公告标题", "title"), Map.entry("标题", "title"),
      Map.entry("url", "url"), Map.entry("链接", "url"), Map.entry("link", "url"));

  private AnnouncementReader() {}

  public static Imported<AnnouncementRecord> read(Path file) {
    String name = file.getFileName().toString();
    try {
      return read(name, TextFiles.read(file));
    } catch (IOException e) {
      return new Imported<>(List.of(), List.of(new ImportProblem(name, "0", "file", "cannot read: " + e.getMessage())));
    }
  }

  public static Imported<AnnouncementRecord> read(String name, String text) {
    List<AnnouncementRecord> out = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<CsvText.Row> rows = CsvText.parse(text);
    if (rows.isEmpty()) {
      return new Imported<>(out, List.of(ImportProblem.atLine(name, 1, "header", "the file is empty")));
    }
    List<String> header = new ArrayList<>();
    for (String h : rows.get(0).cells()) {
      header.add(HEADERS.getOrDefault(h.strip().toLowerCase(Locale.ROOT), h.strip()));
    }
    for (String need : List.of("time", "code", "name", "title")) {
      if (!header.contains(need)) {
        return new Imported<>(out, List.of(ImportProblem.atLine(name, 1, "header",
            "missing column '" + need + "' (columns: time, code, name, title, url), found " + rows.get(0).cells())));
      }
    }
    Set<String> seen = new HashSet<>();
    for (CsvText.Row row : rows.subList(1, rows.size())) {
      if (row.cells().size() != header.size()) {
        problems.add(ImportProblem.atLine(name, row.line(), "row",
            "has " + row.cells().size() + " cells, the header has " + header.size()));
        continue;
      }
      Map<String, String> f = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        f.put(header.get(c), row.cells().get(c).strip());
      }
      int before = problems.size();
      LocalDateTime time = NewsDates.dateTime(f.get("time"));
      if (time == null) {
        var d = NewsDates.date(f.get("time"));
        time = d == null ? null : d.atStartOfDay();
      }
      if (time == null) {
        problems.add(ImportProblem.atLine(name, row.line(), "time", "'" + Echo.echo(f.get("time")) + "' is not a date-time (use 2024-09-06 20:03)"));
      } else if (DateWindow.BOOK.check(time.toLocalDate()) != null) {
        problems.add(ImportProblem.atLine(name, row.line(), "time", DateWindow.BOOK.check(time.toLocalDate())));
        time = null;
      }
      String code = null;
      try {
        code = SecurityCodes.normalise(f.get("code"));
      } catch (IllegalArgumentException e) {
        problems.add(ImportProblem.atLine(name, row.line(), "code", e.getMessage()));
      }
      if (f.get("title").isBlank()) {
        problems.add(ImportProblem.atLine(name, row.line(), "title", "is empty"));
      }
      String url = f.getOrDefault("url", "");
      if (!url.isBlank() && !(url.startsWith("http://") || url.startsWith("https://"))) {
        problems.add(ImportProblem.atLine(name, row.line(), "url", "'" + Echo.echo(url) + "' is not an http(s) address"));
      }
      if (problems.size() == before) {
        if (!seen.add(time + "|" + code + "|" + f.get("title"))) {
          problems.add(ImportProblem.atLine(name, row.line(), "row", "repeats an earlier row (same time, code and title)"));
          continue;
        }
        out.add(new AnnouncementRecord(row.line(), time, code, f.get("name"), f.get("title"), url));
      }
    }
    if (out.isEmpty() && problems.isEmpty()) {
      problems.add(ImportProblem.atLine(name, 1, "rows", "the file holds a header but no announcements"));
    }
    return new Imported<>(out, problems);
  }
}
