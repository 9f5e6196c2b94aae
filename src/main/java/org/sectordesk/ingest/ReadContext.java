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

  ReadContext(ImportRequest request, ReferenceData ref) {
    this.request = request;
    this.ref = ref;
    this.problems = new Problems(request.fileName());
    this.reader = new RowReader(problems);
    this.codes = new Codes(ref);
  }

  /** Remembers a stated daily change; a text that is not a percentage is not a problem (it is only a cross-check). */
  void statedChange(String code, LocalDate date, String text) {
    try {
      double change = Numbers.parsePercent(text);
      if (!Double.isNaN(change)) {
        statedChanges.computeIfAbsent(code, c -> new HashMap<>()).put(date, change);
      }
    } catch (IllegalArgumentException e) {
      // not a percentage: nothing to check against
    }
  }
}
