package org.sectordesk.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityCodes;

/** Reads the sample's own classpath resources: the desk.yaml and the calibration CSVs. */
final class SampleResources {
  static final String BASE = "/org/sectordesk/sample/";

  private SampleResources() {}

  static String text(String name) {
    try (InputStream in = SampleResources.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("sample resource " + BASE + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample resource " + name, e);
    }
  }

  /** One CSV row as header → value; lines starting with '#' are comments. */
  record Row(String file, int line, Map<String, String> values) {
    String text(String column) {
      String v = values.get(column);
      if (v == null) {
        throw new IllegalStateException(file + ":" + line + " [" + column + "] missing");
      }
      return v;
    }

    boolean has(String column) {
      String v = values.get(column);
      return v != null && !v.isBlank();
    }

    double number(String column) {
      try {
        return Double.parseDouble(text(column));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(file + ":" + line + " [" + column + "] '" + values.get(column) + "' is not a number");
      }
    }
  }

  static List<Row> csv(String name) {
    List<Row> rows = new ArrayList<>();
    String[] header = null;
    String[] lines = text(name).split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] cells = l.split(",", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      if (cells.length != header.length) {
        throw new IllegalStateException(name + ":" + (i + 1) + " has " + cells.length + " cells, header has " + header.length);
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        m.put(header[c].trim(), cells[c].trim());
      }
      rows.add(new Row(name, i + 1, m));
    }
    return rows;
  }

  /** Every security the sample desk.yaml names (indices, coverage, watch-list members), once each. */
  static Map<String, Security> securities() {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text("desk.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException("sample desk.yaml does not parse", e);
    }
    Map<String, Security> out = new LinkedHashMap<>();
    for (JsonNode n : root.path("indices")) {
      Security s = Security.index(n.path("code").asText(), n.path("name").asText(), n.path("name_en").asText(""));
      out.put(s.code(), s);
    }
    for (JsonNode n : root.path("coverage")) {
      Security s = Security.stock(n.path("code").asText(), n.path("name").asText(), n.path("name_en").asText(""),
          n.path("sub_sector").asText(""));
      out.put(s.code(), s);
    }
    for (JsonNode w : root.path("watch_lists")) {
      for (JsonNode n : w.path("members")) {
        String code = SecurityCodes.normalise(n.path("code").asText());
        out.computeIfAbsent(code, c -> Security.stock(c, n.path("name").asText(), "", ""));
      }
    }
    return out;
  }

  /** Watch-list id → member codes, in file order. */
  static Map<String, List<String>> watchLists() {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text("desk.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException("sample desk.yaml does not parse", e);
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonNode w : root.path("watch_lists")) {
      List<String> codes = new ArrayList<>();
      for (JsonNode n : w.path("members")) {
        codes.add(SecurityCodes.normalise(n.path("code").asText()));
      }
      out.put(w.path("id").asText(), codes);
    }
    return out;
  }
}
