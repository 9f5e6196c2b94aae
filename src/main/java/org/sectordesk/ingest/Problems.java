package org.sectordesk.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems and notes of one read. Lists at most {@value #CAP} problems but counts them all.
 * Notes count what was dropped silently, by reason, with the first few places it happened.
 */
final class Problems {
  static final int CAP = 200;
  private static final int EXAMPLES = 8;

  private final String file;
  private final List<ImportProblem> listed = new ArrayList<>();
  private long count;
  private final Map<String, Dropped> dropped = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** A problem at a line ({@code "17"}), a cell ({@code "Sheet1!B12"}) or of the whole file ({@code ""}). */
  void add(String location, String field, String message) {
    count++;
    if (listed.size() < CAP) {
      listed.add(new ImportProblem(file, location, field, message));
    }
  }

  /** A problem of the whole file. */
  void fileProblem(String field, String message) {
    add("", field, message);
  }

  long count() {
    return count;
  }

  boolean any() {
    return count > 0;
  }

  /** Counts a row dropped for a reason; the first few places are named in the note. */
  void dropped(String reason, String where) {
    dropped.computeIfAbsent(reason, r -> new Dropped()).add(where);
  }

  long droppedCount(String reason) {
    Dropped d = dropped.get(reason);
    return d == null ? 0 : d.count;
  }

  void note(String note) {
    notes.add(note);
  }

  <T> Imported<T> result(List<T> values) {
    List<String> all = new ArrayList<>();
    dropped.forEach((reason, d) -> all.add("dropped " + d.count + (d.count == 1 ? " row: " : " rows: ") + reason
        + " (" + (d.examples.stream().allMatch(Problems::isLine) ? (d.count == 1 ? "line " : "lines ") : "")
        + String.join(", ", d.examples) + (d.count > d.examples.size() ? ", ..." : "") + ")"));
    all.addAll(notes);
    if (count > listed.size()) {
      all.add(count + " problems in all; the first " + listed.size() + " are listed");
    }
    return new Imported<>(count == 0 ? values : List.of(), listed, count, all);
  }

  private static boolean isLine(String where) {
    return !where.isEmpty() && where.chars().allMatch(Character::isDigit);
  }

  private static final class Dropped {
    long count;
    final List<String> examples = new ArrayList<>();

    void add(String where) {
      count++;
      if (examples.size() < EXAMPLES) {
        examples.add(where);
      }
    }
  }
}
