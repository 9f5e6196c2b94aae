package org.sectordesk.report;

import java.util.Objects;

/** One table cell: text, a number with its print style, or nothing. */
public sealed interface Cell permits Cell.Text, Cell.Num, Cell.Empty {

  /** The cell as printed. */
  String printed();

  /** Text, never interpreted as markup. */
  record Text(String text, boolean bold) implements Cell {
    public Text {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String printed() {
      return text;
    }
  }

  /** A number held unrounded; {@link NumberStyle} says how it prints. */
  record Num(double value, NumberStyle style) implements Cell {
    public Num {
      Objects.requireNonNull(style, "style");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value of a number cell must be finite, got " + value);
      }
    }

    @Override
    public String printed() {
      return style.format(value);
    }
  }

  /** No value (prints as nothing). */
  record Empty() implements Cell {
    @Override
    public String printed() {
      return "";
    }
  }

  static Cell text(String text) {
    return new Text(text, false);
  }

  /** A number, or an empty cell when the value is null or not finite. */
  static Cell num(Double value, NumberStyle style) {
    return value == null || !Double.isFinite(value) ? new Empty() : new Num(value, style);
  }

  static Cell empty() {
    return new Empty();
  }

  /** Whether the cell sets like a number (right-aligned): a number, or the dash of a missing estimate. */
  static boolean alignsAsNumber(Cell c) {
    return c instanceof Num || c instanceof Text t && t.text().equals("—");
  }
}
