package org.sectordesk.ingest;

import org.sectordesk.domain.ReferenceData;

/** Everything one read needs: the request, the workspace's reference data, and where problems go. */
final class ReadContext {
  final ImportRequest request;
  final ReferenceData ref;
  final Problems problems;
  final RowReader reader;
  final Codes codes;

  ReadContext(ImportRequest request, ReferenceData ref) {
    this.request = request;
    this.ref = ref;
    this.problems = new Problems(request.fileName());
    this.reader = new RowReader(problems);
    this.codes = new Codes(ref);
  }
}
