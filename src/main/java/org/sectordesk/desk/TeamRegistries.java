package org.sectordesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sectordesk.report.Analyst;
import org.sectordesk.report.Publication;

/**
 * The team's registries in the workspace: {@code analysts.yaml} (who signs the reports) and
 * {@code publications.csv} (the house's earlier reports). Every problem names the file, the line or entry and the field.
 */
final class TeamRegistries {
  static final String ANALYSTS = "analysts.yaml";
  static final String PUBLICATIONS = "publications.csv";
  private static final Set<String> ANALYST_KEYS = Set.of("id", "name", "name_en", "role", "role_en", "sac", "phone",
      "email", "bio", "bio_en");

  private TeamRegistries() {}

  static List<Analyst> analysts(byte[] data) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(data);
    } catch (IOException e) {
      throw new IllegalArgumentException(ANALYSTS + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject() || !root.path("analysts").isArray()) {
      throw new IllegalArgumentException(ANALYSTS + ": [analysts] must be a list of analysts (id, name, role, sac, phone, email, bio)");
    }
    List<Analyst> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonNode list = root.get("analysts");
    for (int i = 0; i < list.size(); i++) {
      JsonNode a = list.get(i);
      String where = ANALYSTS + " analysts[" + (i + 1) + "]";
      if (!a.isObject()) {
        throw new IllegalArgumentException(where + ": must be a mapping with id and name");
      }
      a.fieldNames().forEachRemaining(k -> {
        if (!ANALYST_KEYS.contains(k)) {
          throw new IllegalArgumentException(where + ": unknown key '" + k + "'; known: " + new TreeSet<>(ANALYST_KEYS));
        }
      });
      String id = a.path("id").asText("").trim();
      String name = a.path("name").asText("").trim();
      if (id.isEmpty()) {
        throw new IllegalArgumentException(where + ": [id] is required");
      }
      if (name.isEmpty()) {
        throw new IllegalArgumentException(where + ": [name] is required");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException(where + ": [id] '" + id + "' is listed twice");
      }
      String sac = a.path("sac").asText("").trim();
      if (!sac.isEmpty() && !sac.matches("S\\d{13}")) {
        throw new IllegalArgumentException(where + ": [sac] '" + sac + "' is not a SAC certificate number (S and 13 digits)");
      }
      String email = a.path("email").asText("").trim();
      if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw new IllegalArgumentException(where + ": [email] '" + email + "' is not an e-mail address");
      }
      out.add(new Analyst(id, name, a.path("name_en").asText(""), a.path("role").asText(""), a.path("role_en").asText(""),
          sac, a.path("phone").asText("").trim(), email, a.path("bio").asText("").strip(), a.path("bio_en").asText("").strip()));
    }
    return out;
  }

  /** {@code date,title,kind,sector}; {@code #} lines are comments; a title holding a comma is quoted. */
  static List<Publication> publications(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Publication> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = fields(line);
      String where = PUBLICATIONS + ":" + (i + 1);
      if (!header) {
        if (!f.equals(List.of("date", "title", "kind", "sector"))) {
          throw new IllegalArgumentException(where + ": the header must be date,title,kind,sector, got " + line);
        }
        header = true;
        continue;
      }
      if (f.size() != 4) {
        throw new IllegalArgumentException(where + ": expected 4 fields (date,title,kind,sector), got " + f.size());
      }
      LocalDate d;
      try {
        d = LocalDate.parse(f.get(0).trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": [date] '" + f.get(0) + "' is not a date (YYYY-MM-DD)");
      }
      if (f.get(1).isBlank()) {
        throw new IllegalArgumentException(where + ": [title] is empty");
      }
      out.add(new Publication(d, f.get(1).trim(), f.get(2).trim(), f.get(3).trim()));
    }
    return out;
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
