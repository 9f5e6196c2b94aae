package org.sectordesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sectordesk.domain.Conventions;

/**
 * A report layout as data: which sections, in which order, with which parameters, and how captions are
 * numbered. Read from YAML (a workspace file, or the built-in {@code monthly} / {@code weekly}).
 *
 * @param kind {@code monthly} or {@code weekly}: which period the report covers
 */
public record Layout(String id, String kind, String title, String titleEn, String subtitle, Numbering numbering,
    Numbering numberingEn, String dataSource, List<SectionSpec> sections, Conventions conventions) {

  private static final Set<String> KEYS = Set.of("id", "kind", "title", "title_en", "subtitle", "numbering",
      "numbering_en", "data_source", "sections", "conventions");

  /** A layout that keeps the workspace's conventions. */
  public Layout(String id, String kind, String title, String titleEn, String subtitle, Numbering numbering,
      Numbering numberingEn, String dataSource, List<SectionSpec> sections) {
    this(id, kind, title, titleEn, subtitle, numbering, numberingEn, dataSource, sections, Conventions.NONE);
  }
  private static final Set<String> SECTION_KEYS = Set.of("type", "heading", "heading_en", "level");

  public Layout {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (!kind.equals("monthly") && !kind.equals("weekly")) {
      throw new IllegalArgumentException("layout " + id + ": [kind] must be monthly or weekly, got '" + kind + "'");
    }
    title = title == null ? "" : title;
    titleEn = titleEn == null ? "" : titleEn;
    subtitle = subtitle == null ? "" : subtitle;
    Objects.requireNonNull(numbering, "numbering");
    numberingEn = numberingEn == null ? Numbering.english() : numberingEn;
    dataSource = dataSource == null || dataSource.isBlank() ? "Wind" : dataSource;
    sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    conventions = conventions == null ? Conventions.NONE : conventions;
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("layout " + id + ": [sections] must list at least one section");
    }
  }

  public Numbering numbering(Lang lang) {
    return lang == Lang.EN ? numberingEn : numbering;
  }

  /** A built-in layout: {@code monthly} (the order of the monthly strategy) or {@code weekly}. */
  public static Layout builtIn(String id) {
    String res = "/org/sectordesk/report/layouts/" + id + ".yaml";
    try (InputStream in = Layout.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalArgumentException("no built-in layout '" + id + "' (built in: monthly, weekly)");
      }
      return read(in, "built-in layout " + id + ".yaml");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + res, e);
    }
  }

  /** Reads a layout; every message names {@code source} and the place in the file. */
  public static Layout read(InputStream in, String source) throws IOException {
    JsonNode root = YamlFile.mapping(in, source, "a layout must be a YAML mapping with id, kind and sections");
    YamlFile.knownKeys(root, KEYS, source);
    String id = text(root, "id", source, true);
    String kind = text(root, "kind", source, true);
    JsonNode secs = root.get("sections");
    if (secs == null || !secs.isArray()) {
      throw new IllegalArgumentException(source + ": [sections] must be a list");
    }
    List<SectionSpec> specs = new ArrayList<>();
    for (int i = 0; i < secs.size(); i++) {
      JsonNode s = secs.get(i);
      String where = source + " sections[" + (i + 1) + "]";
      if (!s.isObject()) {
        throw new IllegalArgumentException(where + ": must be a mapping with a type");
      }
      Map<String, Object> params = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = s.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!SECTION_KEYS.contains(e.getKey())) {
          params.put(e.getKey(), value(e.getValue()));
        }
      }
      int level = s.has("level") ? s.get("level").asInt(-1) : 1;
      specs.add(new SectionSpec(text(s, "type", where, true), text(s, "heading", where, false),
          text(s, "heading_en", where, false), level, params, where));
    }
    return new Layout(id, kind, text(root, "title", source, false), text(root, "title_en", source, false),
        text(root, "subtitle", source, false), numbering(root.get("numbering"), source + " [numbering]", Numbering.monthlyZh()),
        numbering(root.get("numbering_en"), source + " [numbering_en]", Numbering.english()),
        text(root, "data_source", source, false), specs, conventions(root.get("conventions"), source));
  }

  /** The layout's own {@code conventions:} (laid over desk.yaml's). */
  private static Conventions conventions(JsonNode n, String source) {
    if (n == null || n.isNull()) {
      return Conventions.NONE;
    }
    if (!n.isObject()) {
      throw new IllegalArgumentException(source + ": [conventions] must be a mapping (ytd_base, close_as_of, eps_decimals, pe_decimals)");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
    try {
      return Conventions.of(m);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": [conventions] " + e.getMessage());
    }
  }

  private static Numbering numbering(JsonNode n, String where, Numbering dflt) {
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.isObject() || !n.has("label") || !n.has("pattern")) {
      throw new IllegalArgumentException(where + ": must be a mapping with label and pattern");
    }
    try {
      return new Numbering(n.get("label").asText(), n.get("pattern").asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode n, String key, String where, boolean required) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException(where + ": [" + key + "] is required");
      }
      return null;
    }
    if (!v.isValueNode()) {
      throw new IllegalArgumentException(where + ": [" + key + "] must be a single value");
    }
    return v.asText();
  }

  /** A YAML node as plain Java values (lists, ordered maps, longs, doubles, booleans, strings); decks read theirs the same way. */
  static Object value(JsonNode v) {
    if (v.isArray()) {
      List<Object> l = new ArrayList<>();
      v.forEach(x -> l.add(value(x)));
      return l;
    }
    if (v.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      v.fields().forEachRemaining(e -> m.put(e.getKey(), value(e.getValue())));
      return m;
    }
    if (v.isInt() || v.isLong()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    return v.asText();
  }
}
