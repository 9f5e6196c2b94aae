package org.sectordesk.report;

import java.util.Objects;

/** A piece of text in a paragraph, plain or bold. Text is always text: renderers escape it. */
public record Run(String text, boolean bold) {
  public Run {
    Objects.requireNonNull(text, "text");
  }

  public static Run plain(String text) {
    return new Run(text, false);
  }

  public static Run bold(String text) {
    return new Run(text, true);
  }
}
