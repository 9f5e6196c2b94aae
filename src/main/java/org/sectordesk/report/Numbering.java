package org.sectordesk.report;

import java.util.Objects;

/**
 * How figure and table captions are numbered, as layout data: one counter for figures and tables,
 * a label and a pattern, e.g. {@code 图} + <code>{label}{n}：{caption}</code> → "图1：…" (monthly)
 * or {@code 图表} + <code>{label} {n} {caption}</code> → "图表 1 …" (weekly).
 */
public record Numbering(String label, String pattern) {
  public Numbering {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(pattern, "pattern");
    if (!pattern.contains("{n}") || !pattern.contains("{caption}")) {
      throw new IllegalArgumentException("numbering pattern must contain {n} and {caption}, got '" + pattern + "'");
    }
  }

  public static Numbering monthlyZh() {
    return new Numbering("图", "{label}{n}：{caption}");
  }

  public static Numbering weeklyZh() {
    return new Numbering("图表", "{label} {n} {caption}");
  }

  public static Numbering english() {
    return new Numbering("Figure", "{label} {n}: {caption}");
  }

  /** The printed caption of item {@code n}. */
  public String caption(int n, String caption) {
    return pattern.replace("{label}", label).replace("{n}", Integer.toString(n)).replace("{caption}", caption);
  }
}
