package org.sectordesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One section of a layout: its type, optional heading (Chinese / English; empty means the type's
 * default heading), outline level and parameters as written in the layout file.
 *
 * @param where where it was read, e.g. {@code layouts/monthly.yaml sections[3]}, for error messages
 */
public record SectionSpec(String type, String heading, String headingEn, int level, Map<String, Object> params,
    String where) {

  /** Every section type a layout may name. */
  public static final Set<String> TYPES = Set.of("forecast_table", "index_monthly_returns", "index_levels",
      "coverage_table", "decliners", "top_gainers", "top_movers_text", "valuation_pe", "weekly_index_table",
      "sw_industry_rank", "watchlist_movers", "announcements", "ai_tracker", "news", "markdown_text",
      "rating_definitions", "disclaimer", "heading", "toc", "list_of_figures", "page_break",
      // the analyst's own tables and pictures, the cover and the analysts (issue 10)
      "data_table", "image", "cover", "analyst_bios",
      // metric series and index windows (issue 11)
      "series_chart", "series_table", "series_text", "index_window");

  public SectionSpec {
    Objects.requireNonNull(type, "type");
    heading = heading == null ? "" : heading;
    headingEn = headingEn == null ? "" : headingEn;
    params = Map.copyOf(Objects.requireNonNull(params, "params"));
    where = where == null ? "" : where;
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException(where + ": [type] unknown section type '" + type + "'; known: "
          + new java.util.TreeSet<>(TYPES));
    }
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException(where + ": [level] must be 1..3, got " + level);
    }
  }

  /** The heading for a language: the layout's own, else empty (the builder's default). */
  public String heading(Lang lang) {
    if (lang == Lang.EN) {
      return !headingEn.isEmpty() ? headingEn : heading.equals("-") ? "-" : "";
    }
    return heading;
  }

  /** A text parameter, or the default. */
  public String text(String name, String dflt) {
    Object v = params.get(name);
    return v == null ? dflt : String.valueOf(v);
  }

  /** A required text parameter; the message names the layout place and the parameter. */
  public String requireText(String name) {
    Object v = params.get(name);
    if (v == null || String.valueOf(v).isBlank()) {
      throw new IllegalArgumentException(where + " (" + type + "): [" + name + "] is required");
    }
    return String.valueOf(v);
  }

  /** A whole-number parameter, or the default. */
  public int integer(String name, int dflt) {
    Object v = params.get(name);
    if (v == null) {
      return dflt;
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(String.valueOf(v).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + " (" + type + "): [" + name + "] must be a whole number, got '" + v + "'");
    }
  }

  /** A list parameter (a YAML list, or one value); empty when absent. */
  public List<String> list(String name) {
    Object v = params.get(name);
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    } else {
      out.add(String.valueOf(v));
    }
    return List.copyOf(out);
  }

  /** A yes/no parameter, or the default. */
  public boolean flag(String name, boolean dflt) {
    Object v = params.get(name);
    if (v == null) {
      return dflt;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    String s = String.valueOf(v).trim().toLowerCase(java.util.Locale.ROOT);
    if (s.equals("true") || s.equals("yes")) {
      return true;
    }
    if (s.equals("false") || s.equals("no")) {
      return false;
    }
    throw new IllegalArgumentException(where + " (" + type + "): [" + name + "] must be true or false, got '" + v + "'");
  }
}
