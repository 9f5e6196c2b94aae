package org.sectordesk.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.sectordesk.domain.ReferenceData;

/** Everything one read needs: the request, the workspace's reference data, and where problems go. */
final class ReadContext {
  final ImportRequest request;
  final ReferenceData ref;
  final Problems problems;
  final RowReader reader;
  final Codes codes;

  /** Daily changes a file states next to its closes ({@code 涨跌幅}), by code and date, to cross-check them. */
  final Map<String, Map<LocalDate, Double>> statedChanges = new HashMap<>();

  /** Where each value was read, by {@code key|date} (set once the rows are read). */
  Map<String, String> places = Map.of();

  ReadContext(ImportRequest request, ReferenceData ref, DateWindow window) {
    this.request = request;
    this.ref = ref;
    this.problems = new Problems(request.fileName());
    this.reader = new RowReader(problems, window);
    this.codes = new Codes(ref);
  }

  /**
   * Remembers a stated daily change to cross-check the closes; a text that is not a percentage, or an
   * implausible one, is a problem of the row (a file whose own cross-check column is garbage is suspect).
   */
  void statedChange(TableRow row, int col, String code, LocalDate date) {
    String text = row.cell(col);
    try {
      double change = Numbers.parsePercent(text);
      if (Double.isNaN(change)) {
        return;
      }
      String bad = Plausible.CHANGE_PCT.check(change * 100);
      if (bad != null) {
        reader.problem(row, col, "change", bad);
        return;
      }
      statedChanges.computeIfAbsent(code, c -> new HashMap<>()).put(date, change);
    } catch (IllegalArgumentException e) {
      reader.problem(row, col, "change", Echo.echo("'" + text + "'") + " is not a percentage (e.g. -0.31%)");
    }
  }
}
