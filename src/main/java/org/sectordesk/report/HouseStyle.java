package org.sectordesk.report;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The house look: series colours (in order), the accent colour of headings and rules, and the fill of
 * table headers. Colours are {@code #RRGGBB}.
 */
public record HouseStyle(List<String> seriesColours, String accent, String headerFill, String headerText) {
  private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

  public HouseStyle {
    seriesColours = List.copyOf(Objects.requireNonNull(seriesColours, "seriesColours"));
    if (seriesColours.size() < 2) {
      throw new IllegalArgumentException("seriesColours must list at least 2 colours, got " + seriesColours.size());
    }
    seriesColours.forEach(c -> check("seriesColours", c));
    check("accent", accent);
    check("headerFill", headerFill);
    check("headerText", headerText);
  }

  private static void check(String field, String c) {
    if (c == null || !HEX.matcher(c).matches()) {
      throw new IllegalArgumentException(field + " must be a colour like #1F4E79, got '" + c + "'");
    }
  }

  /** A sober default: navy, red, grey, teal, gold. */
  public static HouseStyle defaults() {
    return new HouseStyle(List.of("#1F4E79", "#C0392B", "#7F8C8D", "#16A085", "#D4A017", "#8E44AD"),
        "#1F4E79", "#1F4E79", "#FFFFFF");
  }

  /** The colour of series {@code i}, cycling. */
  public String series(int i) {
    return seriesColours.get(i % seriesColours.size());
  }

  /** An AWT colour from {@code #RRGGBB}. */
  public static java.awt.Color awt(String hex) {
    return new java.awt.Color(Integer.parseInt(hex.substring(1), 16));
  }
}
