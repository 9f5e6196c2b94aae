package org.sectordesk.ingest;

import java.util.HashMap;
import java.util.Map;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityCodes;

/**
 * Turns the code of a row (or the {@code --code} of a single-security file) into a workspace security:
 * a problem when the text is not a Wind-style code or the code is not among the workspace's securities.
 * Resolved texts are cached.
 */
final class Codes {
  private final ReferenceData ref;
  private final Map<String, Object> cache = new HashMap<>();

  Codes(ReferenceData ref) {
    this.ref = ref;
  }

  /** The security of a code text, or null after a problem at the row's cell. */
  Security resolve(TableRow row, int col, String field, RowReader reader) {
    String text = row.cell(col);
    Object r = lookUp(text);
    if (r instanceof Security) {
      return (Security) r;
    }
    reader.problem(row, col, field, (String) r);
    return null;
  }

  /** The security named by {@code --code}, or null after a problem of the whole file. */
  Security resolveOption(String code, Problems problems) {
    Object r = lookUp(code);
    if (r instanceof Security) {
      return (Security) r;
    }
    problems.fileProblem("code", "--code: " + r);
    return null;
  }

  private Object lookUp(String text) {
    Object r = cache.get(text);
    if (r == null) {
      r = lookUpUncached(text);
      cache.put(text, r);
    }
    return r;
  }

  private Object lookUpUncached(String text) {
    if (text == null || text.isBlank()) {
      return "code is missing";
    }
    String code;
    try {
      code = SecurityCodes.normalise(text);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    Security s = ref.securities().get(code);
    if (s == null) {
      return "unknown code '" + text.strip() + "': it is not among the workspace's securities (add it to desk.yaml first)";
    }
    return s;
  }
}
