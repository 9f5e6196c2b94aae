package org.sectordesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.domain.SecurityCodes;
import org.sectordesk.ingest.ImportProblem;
import org.sectordesk.ingest.Imported;
import org.sectordesk.news.AiModel;
import org.sectordesk.news.AliasDictionary;
import org.sectordesk.news.Company;
import org.sectordesk.news.EmbeddingClassifier;
import org.sectordesk.news.SectionModel;
import org.sectordesk.news.LabelledText;
import org.sectordesk.news.Section;
import org.sectordesk.news.SectionClassifier;
import org.sectordesk.workspace.Workspace;

/**
 * Where the news machinery's data lives: the shipped defaults in the resources
 * ({@code org/sectordesk/news/companies.yaml}, {@code model.tsv}, {@code training-examples.jsonl})
 * and a workspace's own files ({@code news/companies.yaml} extending the dictionary,
 * {@code news/model.tsv} replacing the model).
 */
public final class NewsResources {
  public static final String WORKSPACE_DICTIONARY = "news/companies.yaml";
  public static final String WORKSPACE_MODEL = "news/model.tsv";
  public static final String WORKSPACE_EMBEDDING_MODEL = "news/embedding-model.tsv";
  static final String DEFAULT_EMBEDDING_MODEL = "/org/sectordesk/news/embedding-model.tsv";
  static final String DEFAULT_DICTIONARY = "/org/sectordesk/news/companies.yaml";
  static final String DEFAULT_MODEL = "/org/sectordesk/news/model.tsv";
  static final String TRAINING_EXAMPLES = "/org/sectordesk/news/training-examples.jsonl";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsResources() {}

  /** The shipped dictionary, extended by the workspace's file when there is one (null workspace: defaults only). */
  public static AliasDictionary dictionary(Workspace ws) {
    AliasDictionary d = parseDictionary(resource(DEFAULT_DICTIONARY), "companies.yaml (shipped)");
    if (ws != null) {
      Path own = ws.file(WORKSPACE_DICTIONARY);
      if (Files.isRegularFile(own)) {
        d = d.extendedBy(parseDictionary(readFile(own), own.toString()));
      }
    }
    return d;
  }

  /** The workspace's trained model when there is one, else the shipped default. */
  public static SectionClassifier model(Workspace ws) {
    if (ws != null) {
      Path own = ws.file(WORKSPACE_MODEL);
      if (Files.isRegularFile(own)) {
        return SectionClassifier.parse(readFile(own), own.toString());
      }
    }
    String shipped = resource(DEFAULT_MODEL);
    if (shipped == null) {
      throw new IllegalStateException("the shipped news model " + DEFAULT_MODEL + " is missing from the build");
    }
    return SectionClassifier.parse(shipped, "model.tsv (shipped)");
  }

  /**
   * The workspace's section model: its naive Bayes ({@link #model}) with its embedding model
   * ({@code news/embedding-model.tsv}, else the shipped one) combined as that file says.
   */
  public static SectionModel sectionModel(Workspace ws) {
    SectionClassifier nb = model(ws);
    EmbeddingClassifier.Parsed e = embeddingModel(ws);
    return new SectionModel(nb, e.classifier(), e.mode(), e.weight());
  }

  static EmbeddingClassifier.Parsed embeddingModel(Workspace ws) {
    if (ws != null) {
      Path own = ws.file(WORKSPACE_EMBEDDING_MODEL);
      if (Files.isRegularFile(own)) {
        return EmbeddingClassifier.parse(readFile(own), own.toString());
      }
    }
    String shipped = resource(DEFAULT_EMBEDDING_MODEL);
    if (shipped == null) {
      throw new IllegalStateException("the shipped news model " + DEFAULT_EMBEDDING_MODEL + " is missing from the build");
    }
    return EmbeddingClassifier.parse(shipped, "embedding-model.tsv (shipped)");
  }

  /** The examples the default model is trained on. */
  public static List<LabelledText> trainingExamples() {
    Imported<LabelledText> ex = parseLabelled(resource(TRAINING_EXAMPLES), "training-examples.jsonl");
    if (!ex.ok()) {
      throw new IllegalStateException("shipped training examples are broken: " + ex.problems());
    }
    return ex.values();
  }

  /** Reads a labelled file: one JSON object a line with {@code text}, {@code section}, {@code company} (may be null). */
  public static Imported<LabelledText> labelled(Path file) {
    return parseLabelled(readFile(file), file.getFileName().toString());
  }

  static Imported<LabelledText> parseLabelled(String text, String name) {
    List<LabelledText> out = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(line);
        if (n == null || !n.isObject()) {
          problems.add(ImportProblem.atLine(name, i + 1, "json", "each line must be one JSON object"));
          continue;
        }
        String t = n.path("text").asText("");
        if (t.isBlank()) {
          problems.add(ImportProblem.atLine(name, i + 1, "text", "is missing or empty"));
          continue;
        }
        Section s;
        try {
          s = Section.of(n.path("section").isTextual() ? n.path("section").asText() : null);
        } catch (IllegalArgumentException e) {
          problems.add(ImportProblem.atLine(name, i + 1, "section", e.getMessage()));
          continue;
        }
        JsonNode c = n.path("company");
        out.add(new LabelledText(t, s, c.isTextual() ? c.asText() : null));
      } catch (IOException e) {
        problems.add(ImportProblem.atLine(name, i + 1, "json", "not a JSON object: " + e.getMessage().split("\n")[0]));
      }
    }
    return new Imported<>(out, problems);
  }

  static AliasDictionary parseDictionary(String text, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage().split("\n")[0]);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": expected a mapping with 'companies' and 'models'");
    }
    List<Company> companies = new ArrayList<>();
    int i = 0;
    for (JsonNode c : root.path("companies")) {
      i++;
      String where = source + " companies[" + i + "]";
      String id = c.path("id").asText("");
      String name = c.path("name").asText("");
      if (id.isBlank() || name.isBlank()) {
        throw new IllegalArgumentException(where + ": needs an id and a name");
      }
      List<String> codes = new ArrayList<>();
      for (JsonNode code : c.path("codes")) {
        try {
          codes.add(SecurityCodes.normalise(code.asText()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + " (" + id + ") [codes]: " + e.getMessage());
        }
      }
      companies.add(new Company(id, name, c.path("name_en").asText(""), codes, strings(c.path("aliases"))));
    }
    List<AiModel> models = new ArrayList<>();
    int j = 0;
    for (JsonNode m : root.path("models")) {
      j++;
      String name = m.path("name").asText("");
      if (name.isBlank()) {
        throw new IllegalArgumentException(source + " models[" + j + "]: needs a name");
      }
      models.add(new AiModel(name, strings(m.path("aliases"))));
    }
    try {
      return new AliasDictionary(companies, models);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage());
    }
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : arr) {
      String s = a.asText("").strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  static String resource(String name) {
    try (InputStream in = NewsResources.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
