package org.sectordesk.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectordesk.domain.PublishedRating;
import org.sectordesk.domain.SecurityCodes;

/**
 * Reads published ratings: CSV with columns {@code date,code,scheme,tier,target_price,analyst,title}
 * ({@code target_price}, {@code analyst} and {@code title} may be blank). Whether the scheme and tier exist is
 * checked by the caller, which knows the schemes; two rows for the same code and date are a problem here.
 */
public final class RatingCsvReader {
  public static final List<String> REQUIRED = List.of("date", "code", "scheme", "tier", "target_price", "analyst", "title");

  /** A rating and the line it came from. */
  public record Line(long line, PublishedRating rating) {}

  private RatingCsvReader() {}

  public static Imported<Line> read(Path file) {
    String name = file.getFileName().toString();
    BookCsv.Table t = BookCsv.read(file, name, REQUIRED, List.of());
    List<ImportProblem> problems = new ArrayList<>(t.problems());
    BookFields f = new BookFields(name, problems);
    List<Line> out = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (BookCsv.Row row : t.rows()) {
      int before = problems.size();
      LocalDate date = f.date(row, "date");
      String code = null;
      try {
        code = SecurityCodes.normalise(row.text("code"));
      } catch (IllegalArgumentException e) {
        f.problem(row, "code", e.getMessage());
      }
      String scheme = f.text(row, "scheme");
      String tier = f.text(row, "tier");
      double target = f.optionalNumber(row, "target_price");
      if (!Double.isNaN(target) && !(target > 0)) {
        f.problem(row, "target_price", "must be positive, got " + row.text("target_price"));
      }
      if (problems.size() > before) {
        continue;
      }
      Long dup = seen.put(code + "|" + date, row.line());
      if (dup != null) {
        f.problem(row, "date", "second rating on " + code + " dated " + date + " (first at line " + dup + ")");
        continue;
      }
      out.add(new Line(row.line(), new PublishedRating(date, code, scheme.toLowerCase(Locale.ROOT), tier, target,
          row.text("analyst"), row.text("title"))));
    }
    return new Imported<>(out, problems);
  }
}
