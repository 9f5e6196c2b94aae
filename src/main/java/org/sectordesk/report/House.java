package org.sectordesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The publishing house: its names, the source line under every figure ("资料来源：{data}，{house}整理"),
 * its colours and the file holding its disclaimer (relative to the house file; empty for the built-in text).
 */
public record House(String name, String nameEn, String sourceLine, String sourceLineEn, HouseStyle style,
    String disclaimerFile, String disclaimerFileEn) {

  private static final Set<String> KEYS = Set.of("name", "name_en", "source_line", "source_line_en", "colours",
      "disclaimer", "disclaimer_en");

  public House {
    Objects.requireNonNull(name, "name");
    nameEn = nameEn == null || nameEn.isBlank() ? name : nameEn;
    Objects.requireNonNull(sourceLine, "sourceLine");
    sourceLineEn = sourceLineEn == null || sourceLineEn.isBlank() ? "Source: {data}, {house}" : sourceLineEn;
    Objects.requireNonNull(style, "style");
    disclaimerFile = disclaimerFile == null ? "" : disclaimerFile;
    disclaimerFileEn = disclaimerFileEn == null ? "" : disclaimerFileEn;
  }

  /** The same house under another name (the workspace's {@code house:} when it has no house file). */
  public House named(String newName) {
    return new House(newName, newName, sourceLine, sourceLineEn, style, disclaimerFile, disclaimerFileEn);
  }

  public String name(Lang lang) {
    return lang == Lang.EN ? nameEn : name;
  }

  /** The source line for a data source, e.g. "资料来源：Wind，示例研究所整理". */
  public String sourceLine(Lang lang, String dataSource) {
    if (name(lang).isBlank()) {
      return (lang == Lang.EN ? "Source: " : "资料来源：") + dataSource;
    }
    return (lang == Lang.EN ? sourceLineEn : sourceLine).replace("{data}", dataSource).replace("{house}", name(lang));
  }

  /** The built-in house (generic names; replace with the workspace's {@code house.yaml}). */
  public static House defaults() {
    try (InputStream in = House.class.getResourceAsStream("/org/sectordesk/report/house-default.yaml")) {
      return read(in, "built-in house-default.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read house-default.yaml", e);
    }
  }

  /** Reads a house file; messages name the file and the key. */
  public static House read(InputStream in, String source) throws IOException {
    JsonNode root = YamlFile.mapping(in, source, "a house file must be a YAML mapping with name and source_line");
    YamlFile.knownKeys(root, KEYS, source);
    HouseStyle style = HouseStyle.defaults();
    JsonNode c = root.get("colours");
    if (c != null) {
      List<String> series = new ArrayList<>();
      if (c.has("series")) {
        c.get("series").forEach(x -> series.add(x.asText()));
      } else {
        series.addAll(style.seriesColours());
      }
      try {
        style = new HouseStyle(series, c.path("accent").asText(style.accent()),
            c.path("header_fill").asText(style.headerFill()), c.path("header_text").asText(style.headerText()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": [colours] " + e.getMessage());
      }
    }
    String name = root.path("name").asText("");
    if (name.isBlank()) {
      throw new IllegalArgumentException(source + ": [name] is required");
    }
    String line = root.path("source_line").asText("资料来源：{data}，{house}整理");
    return new House(name, root.path("name_en").asText(""), line, root.path("source_line_en").asText(""), style,
        root.path("disclaimer").asText(""), root.path("disclaimer_en").asText(""));
  }
}
