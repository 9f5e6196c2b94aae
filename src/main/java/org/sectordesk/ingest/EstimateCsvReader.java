package org.sectordesk.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sectordesk.domain.EpsEstimate;
import org.sectordesk.domain.SecurityCodes;

/**
 * Reads the team's EPS forecasts: CSV with columns {@code code,fiscal_year,eps,currency,as_of} and optionally
 * {@code per_ads,revenue,adj_net_profit}. Every bad field is reported with file, line and column; two rows for
 * the same code, fiscal year and as-of date are a problem.
 */
public final class EstimateCsvReader {
  public static final List<String> REQUIRED = List.of("code", "fiscal_year", "eps", "currency", "as_of");
  public static final List<String> OPTIONAL = List.of("per_ads", "revenue", "adj_net_profit");

  /** A forecast and the line it came from. */
  public record Line(long line, EpsEstimate estimate) {}

  private EstimateCsvReader() {}

  public static Imported<Line> read(Path file) {
    String name = file.getFileName().toString();
    BookCsv.Table t = BookCsv.read(file, name, REQUIRED, OPTIONAL);
    List<ImportProblem> problems = new ArrayList<>(t.problems());
    BookFields f = new BookFields(name, problems);
    List<Line> out = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (BookCsv.Row row : t.rows()) {
      int before = problems.size();
      String code = null;
      String rawCode = row.text("code");
      try {
        code = SecurityCodes.normalise(rawCode);
      } catch (IllegalArgumentException e) {
        f.problem(row, "code", e.getMessage());
      }
      Integer year = f.integer(row, "fiscal_year");
      double eps = f.number(row, "eps");
      String ccy = f.text(row, "currency");
      if (ccy != null && !Currencies.isIso(ccy.toUpperCase(java.util.Locale.ROOT))) {
        f.problem(row, "currency", "'" + Echo.echo(ccy) + "' is not an ISO 4217 currency code like CNY, HKD, USD");
      }

      LocalDate asOf = f.date(row, "as_of");
      double perAds = f.optionalNumber(row, "per_ads");
      double revenue = f.optionalNumber(row, "revenue");
      double profit = f.optionalNumber(row, "adj_net_profit");
      if (problems.size() > before) {
        continue;
      }
      try {
        EpsEstimate e = new EpsEstimate(code, year, eps, ccy, asOf, perAds, revenue, profit);
        Long dup = seen.put(code + "|" + year + "|" + asOf, row.line());
        if (dup != null) {
          f.problem(row, "code", "second forecast for " + code + " " + year + " as of " + asOf + " (first at line " + dup + ")");
          continue;
        }
        out.add(new Line(row.line(), e));
      } catch (IllegalArgumentException e) {
        String col = e.getMessage().startsWith("fiscal year") ? "fiscal_year"
            : e.getMessage().startsWith("per-ADS") ? "per_ads" : e.getMessage().startsWith("currency") ? "currency" : "eps";
        f.problem(row, col, e.getMessage());
      }
    }
    return new Imported<>(out, problems);
  }
}
