package org.sectordesk.report;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of runs. {@code note} paragraphs are the quiet lines under tables and the
 * "no data" statements; {@code source} paragraphs are "资料来源：…" lines.
 */
public record Paragraph(List<Run> runs, Kind kind) implements Block {

  /** How a paragraph is set. */
  public enum Kind { BODY, NOTE, SOURCE }

  public Paragraph {
    runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
    Objects.requireNonNull(kind, "kind");
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("runs of a paragraph must not be empty");
    }
  }

  public static Paragraph of(String text) {
    return new Paragraph(List.of(Run.plain(text)), Kind.BODY);
  }

  public static Paragraph of(Run... runs) {
    return new Paragraph(List.of(runs), Kind.BODY);
  }

  /** A lead-in in bold followed by plain text, as the seeds open their paragraphs. */
  public static Paragraph lead(String boldLead, String text) {
    return new Paragraph(List.of(Run.bold(boldLead), Run.plain(text)), Kind.BODY);
  }

  public static Paragraph note(String text) {
    return new Paragraph(List.of(Run.plain(text)), Kind.NOTE);
  }

  /** The plain text of all runs. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    runs.forEach(r -> sb.append(r.text()));
    return sb.toString();
  }
}
