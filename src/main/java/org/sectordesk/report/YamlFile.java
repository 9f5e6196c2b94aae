package org.sectordesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

/** Reading the analyst's YAML files (layouts, decks, house): every message names the file and the place in it. */
final class YamlFile {
  private YamlFile() {}

  /** The file's top-level mapping; {@code shape} says what it must hold, e.g. "a layout must be … with id, kind". */
  static JsonNode mapping(InputStream in, String source, String shape) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": " + shape);
    }
    return root;
  }

  /** Refuses a key the mapping does not know, listing the ones it does. */
  static void knownKeys(JsonNode node, Set<String> keys, String where) {
    node.fieldNames().forEachRemaining(k -> {
      if (!keys.contains(k)) {
        throw new IllegalArgumentException(where + ": unknown key '" + k + "'; known: " + new TreeSet<>(keys));
      }
    });
  }
}
