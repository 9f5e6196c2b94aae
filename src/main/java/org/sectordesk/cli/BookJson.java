package org.sectordesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** JSON output of the estimates and ratings commands: numbers unrounded, NaN written as null. */
final class BookJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BookJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static void num(ObjectNode o, String field, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(field);
    } else {
      o.put(field, v);
    }
  }

  /** A fraction written in percent (0.052 → 5.2), unrounded. */
  static void pct(ObjectNode o, String field, double fraction) {
    num(o, field, fraction * 100);
  }

  static void date(ObjectNode o, String field, LocalDate d) {
    if (d == null) {
      o.putNull(field);
    } else {
      o.put(field, d.toString());
    }
  }

  static void bool(ObjectNode o, String field, Boolean b) {
    if (b == null) {
      o.putNull(field);
    } else {
      o.put(field, b);
    }
  }

  static String write(ObjectNode o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
