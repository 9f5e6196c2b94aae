package org.sectordesk.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The small CSV dialect of the team's own files (estimates, ratings): UTF-8 (a BOM is skipped), a header row,
 * comma-separated fields, double quotes around fields holding commas or quotes ({@code ""} inside is a quote).
 * Blank lines and lines starting with {@code #} are skipped, so a file can carry a comment such as "SAMPLE data".
 * Header names are matched case-insensitively with surrounding spaces removed.
 */
final class BookCsv {
  /** One data row with its 1-based line number in the file. */
  record Row(long line, Map<String, String> fields) {
    /** The trimmed field, empty when the column is absent or blank. */
    String text(String column) {
      String v = fields.get(column);
      return v == null ? "" : v.trim();
    }
  }

  /** The rows, or the problems that stop the file from being read at all (missing column, unreadable file). */
  record Table(List<Row> rows, List<ImportProblem> problems) {}

  private BookCsv() {}

  static Table read(Path file, String name, List<String> required, List<String> optional) {
    List<String> lines;
    try {
      lines = TextFiles.read(file).lines().toList();
    } catch (IOException e) {
      return new Table(List.of(), List.of(new ImportProblem(name, "0", "file", "cannot read: " + e.getMessage())));
    }
    List<ImportProblem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    long headerLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      long lineNo = i + 1;
      Optional<List<String>> parsed = split(line);
      if (parsed.isEmpty()) {
        problems.add(ImportProblem.atLine(name, lineNo, "line", "unbalanced double quote"));
        continue;
      }
      List<String> cells = parsed.get();
      if (header == null) {
        header = new ArrayList<>();
        for (String h : cells) {
          header.add(h.replace('\u00a0', ' ').trim().toLowerCase(Locale.ROOT));
        }
        headerLine = lineNo;
        for (String col : required) {
          if (!header.contains(col)) {
            problems.add(ImportProblem.atLine(name, lineNo, col, "required column is missing; the header must name "
                + String.join(",", required) + (optional.isEmpty() ? "" : " (optional: " + String.join(",", optional) + ")")));
          }
        }
        for (String col : header) {
          if (!col.isEmpty() && !required.contains(col) && !optional.contains(col)) {
            problems.add(ImportProblem.atLine(name, lineNo, col, "unknown column; known columns are "
                + String.join(",", required) + (optional.isEmpty() ? "" : "," + String.join(",", optional))));
          }
        }
        if (!problems.isEmpty()) {
          return new Table(List.of(), problems);
        }
        continue;
      }
      String wrong = FieldCounts.check(cells.size(), header.size(), headerLine);
      if (wrong != null) {
        problems.add(ImportProblem.atLine(name, lineNo, "fields", wrong));
        continue;
      }
      Map<String, String> fields = new HashMap<>();
      for (int c = 0; c < cells.size(); c++) {
        fields.put(header.get(c), cells.get(c));
      }
      rows.add(new Row(lineNo, fields));
    }
    if (header == null) {
      problems.add(ImportProblem.atLine(name, 1, "header", "the file has no header row (expected "
          + String.join(",", required) + ")"));
    } else if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(ImportProblem.atLine(name, headerLine, "rows", "the file holds a header but no rows"));
    }
    return new Table(rows, problems);
  }

  /** Splits one line into fields; empty when a quote is not closed. */
  static Optional<List<String>> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    if (quoted) {
      return Optional.empty();
    }
    out.add(cur.toString());
    return Optional.of(out);
  }
}
