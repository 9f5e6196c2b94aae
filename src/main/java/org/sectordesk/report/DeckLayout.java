package org.sectordesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A deck layout as data ({@code decks/NAME.yaml}): title, subtitle, the cover note, the default data source, and
 * the slides: {@code - divider: TITLE} or {@code - title: HEADLINE} with one or two {@code sections} (the series
 * and index sections of the reports) and an optional {@code source} line.
 */
public record DeckLayout(String id, String title, String subtitle, String note, String dataSource, List<SlideSpec> slides) {
  private static final Set<String> KEYS = Set.of("id", "kind", "title", "subtitle", "note", "data_source", "slides");
  private static final Set<String> SLIDE_KEYS = Set.of("divider", "title", "sections", "source");
  /** Section types a content slide may hold. */
  public static final Set<String> SLIDE_SECTIONS = Set.of("series_chart", "series_table", "series_text", "index_window");

  /** A divider ({@code divider} set) or a content slide (headline and sections). */
  public record SlideSpec(String divider, String headline, List<SectionSpec> sections, String source, String where) {
    public SlideSpec {
      sections = List.copyOf(sections);
    }

    public boolean isDivider() {
      return divider != null;
    }
  }

  public DeckLayout {
    Objects.requireNonNull(id, "id");
    title = title == null ? id : title;
    subtitle = subtitle == null ? "" : subtitle;
    note = note == null ? "" : note;
    dataSource = dataSource == null || dataSource.isBlank() ? "Wind" : dataSource;
    slides = List.copyOf(slides);
  }

  /** Reads a deck layout; every message names {@code source} and the place in the file. */
  public static DeckLayout read(InputStream in, String source) throws IOException {
    JsonNode root = YamlFile.mapping(in, source, "a deck layout must be a YAML mapping with id, kind: deck and slides");
    YamlFile.knownKeys(root, KEYS, source);
    if (!"deck".equals(text(root, "kind"))) {
      throw new IllegalArgumentException(source + ": [kind] must be deck, got '" + text(root, "kind") + "'");
    }
    String id = text(root, "id");
    if (id == null) {
      throw new IllegalArgumentException(source + ": [id] is required");
    }
    JsonNode slides = root.get("slides");
    if (slides == null || !slides.isArray() || slides.isEmpty()) {
      throw new IllegalArgumentException(source + ": [slides] must be a list of slides");
    }
    List<SlideSpec> out = new ArrayList<>();
    for (int i = 0; i < slides.size(); i++) {
      JsonNode s = slides.get(i);
      String where = source + " slides[" + (i + 1) + "]";
      if (!s.isObject()) {
        throw new IllegalArgumentException(where + ": must be a mapping (divider: …, or title: … with sections)");
      }
      YamlFile.knownKeys(s, SLIDE_KEYS, where);
      if (s.has("divider")) {
        out.add(new SlideSpec(text(s, "divider"), null, List.of(), null, where));
        continue;
      }
      String headline = text(s, "title");
      if (headline == null || headline.isBlank()) {
        throw new IllegalArgumentException(where + ": [title] is required (the slide's headline)");
      }
      JsonNode secs = s.get("sections");
      if (secs == null || !secs.isArray() || secs.isEmpty() || secs.size() > 2) {
        throw new IllegalArgumentException(where + ": [sections] must list one or two sections");
      }
      List<SectionSpec> specs = new ArrayList<>();
      for (int j = 0; j < secs.size(); j++) {
        JsonNode sec = secs.get(j);
        String w = where + " sections[" + (j + 1) + "]";
        if (!sec.isObject()) {
          throw new IllegalArgumentException(w + ": must be a mapping with a type");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = sec.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!e.getKey().equals("type")) {
            params.put(e.getKey(), value(e.getValue()));
          }
        }
        String type = text(sec, "type");
        if (type == null || !SLIDE_SECTIONS.contains(type)) {
          throw new IllegalArgumentException(w + ": [type] must be one of " + new TreeSet<>(SLIDE_SECTIONS) + ", got '" + type + "'");
        }
        specs.add(new SectionSpec(type, "-", "-", 1, params, w));
      }
      out.add(new SlideSpec(null, headline, specs, text(s, "source"), where));
    }
    return new DeckLayout(id, text(root, "title"), text(root, "subtitle"), text(root, "note"), text(root, "data_source"), out);
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Object value(JsonNode v) {
    return Layout.value(v);
  }
}
