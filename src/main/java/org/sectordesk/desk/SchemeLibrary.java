package org.sectordesk.desk;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectordesk.ratings.Band;
import org.sectordesk.ratings.RatingScheme;
import org.sectordesk.ratings.RatingTarget;
import org.sectordesk.ratings.Tier;
import org.sectordesk.ratings.TierScale;
import org.sectordesk.workspace.WorkspaceException;

/**
 * The rating schemes a workspace can use: the built-in {@code guosen}, {@code soochow} and {@code huaan}, plus any
 * {@code schemes/*.yaml} file in the workspace folder, all in the same YAML format (see the README).
 */
public final class SchemeLibrary {
  /** Ids of the schemes shipped with Sector Desk. */
  public static final List<String> BUILT_IN = List.of("guosen", "soochow", "huaan");
  /** Folder inside a workspace holding its own scheme files. */
  public static final String WORKSPACE_FOLDER = "schemes";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Map<String, RatingScheme> schemes;

  private SchemeLibrary(Map<String, RatingScheme> schemes) {
    this.schemes = Map.copyOf(schemes);
  }

  /** The built-in schemes only. */
  public static SchemeLibrary builtIn() {
    Map<String, RatingScheme> m = new LinkedHashMap<>();
    for (String id : BUILT_IN) {
      String resource = "/org/sectordesk/ratings/schemes/" + id + ".yaml";
      try (InputStream in = SchemeLibrary.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in scheme " + resource + " is missing from the build");
        }
        m.put(id, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), id + ".yaml"));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read built-in scheme " + resource, e);
      }
    }
    return new SchemeLibrary(m);
  }

  /** The built-in schemes plus the workspace's own ({@code DIR/schemes/*.yaml}). */
  public static SchemeLibrary forWorkspace(Path workspaceDir) {
    Map<String, RatingScheme> m = new LinkedHashMap<>(builtIn().schemes);
    Path folder = workspaceDir.resolve(WORKSPACE_FOLDER);
    if (!Files.isDirectory(folder)) {
      return new SchemeLibrary(m);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
      ds.forEach(files::add);
    } catch (IOException e) {
      throw new WorkspaceException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    files.sort(null);
    for (Path f : files) {
      String source = WORKSPACE_FOLDER + "/" + f.getFileName();
      RatingScheme s;
      try {
        s = parse(Files.readString(f), source);
      } catch (IOException e) {
        throw new WorkspaceException("cannot read " + source + ": " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new WorkspaceException(e.getMessage(), e);
      }
      if (BUILT_IN.contains(s.id())) {
        throw new WorkspaceException(source + " [id] '" + s.id() + "' is a built-in scheme; give your scheme its own id");
      }
      if (m.containsKey(s.id())) {
        throw new WorkspaceException(source + " [id] scheme '" + s.id() + "' is defined twice");
      }
      m.put(s.id(), s);
    }
    return new SchemeLibrary(m);
  }

  public Map<String, RatingScheme> all() {
    return schemes;
  }

  public Optional<RatingScheme> scheme(String id) {
    return Optional.ofNullable(schemes.get(id));
  }

  /** Parses one scheme file; errors name the source, its line and the key. */
  public static RatingScheme parse(String yaml, String source) {
    SchemeFile f;
    try {
      f = YAML.readValue(yaml, SchemeFile.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(source + ":" + keyLine(yaml, e) + " [" + e.getPropertyName() + "] unknown key; known keys here are "
          + e.getKnownPropertyIds());
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(source + ":" + line(e) + " " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage());
    }
    if (f == null || f.id() == null) {
      throw new IllegalArgumentException(source + " [id] every scheme needs an id");
    }
    try {
      Map<RatingTarget, TierScale> scales = new EnumMap<>(RatingTarget.class);
      if (f.stock() != null) {
        scales.put(RatingTarget.STOCK, scale(RatingTarget.STOCK, f.stock(), source));
      }
      if (f.industry() != null) {
        scales.put(RatingTarget.INDUSTRY, scale(RatingTarget.INDUSTRY, f.industry(), source));
      }
      return new RatingScheme(f.id(), f.name(), f.benchmarks() == null ? Map.of() : f.benchmarks(), scales);
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith(source) ? e : new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static TierScale scale(RatingTarget target, ScaleEntry e, String source) {
    if (e.horizonMonths() == null || e.horizonMonths().from() == null) {
      throw new IllegalArgumentException(source + " [" + target.label() + ".horizon_months] needs from (and to, for a window)");
    }
    int from = e.horizonMonths().from();
    int to = e.horizonMonths().to() == null ? from : e.horizonMonths().to();
    List<Tier> tiers = new ArrayList<>();
    for (TierEntry t : e.tiers() == null ? List.<TierEntry>of() : e.tiers()) {
      if (t.name() == null) {
        throw new IllegalArgumentException(source + " [" + target.label() + ".tiers] every tier needs a name");
      }
      String where = source + " [" + target.label() + ".tiers." + t.name() + "] ";
      if (Boolean.TRUE.equals(t.unrated())) {
        if (t.minPct() != null || t.maxPct() != null) {
          throw new IllegalArgumentException(where + "an unrated tier has no min_pct / max_pct");
        }
        tiers.add(new Tier(t.name(), null, t.description()));
        continue;
      }
      if (t.minPct() == null && t.maxPct() == null) {
        throw new IllegalArgumentException(where + "needs min_pct and/or max_pct (or unrated: true)");
      }
      if ((t.minPct() != null && t.minInclusive() == null) || (t.maxPct() != null && t.maxInclusive() == null)) {
        throw new IllegalArgumentException(where + "must say whether each boundary belongs to the tier"
            + " (min_inclusive / max_inclusive: true or false)");
      }
      try {
        Band band = new Band(t.minPct() == null ? null : t.minPct() / 100.0, Boolean.TRUE.equals(t.minInclusive()),
            t.maxPct() == null ? null : t.maxPct() / 100.0, Boolean.TRUE.equals(t.maxInclusive()));
        tiers.add(new Tier(t.name(), band, t.description()));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(where + ex.getMessage(), ex);
      }
    }
    return new TierScale(target, from, to, tiers);
  }

  /** The line of an unknown key: the parser reports where it stopped, so look back for the key itself. */
  private static String keyLine(String yaml, UnrecognizedPropertyException e) {
    if (e.getLocation() == null) {
      return "?";
    }
    String[] lines = yaml.split("\n", -1);
    int reported = Math.min(e.getLocation().getLineNr(), lines.length);
    for (int i = reported; i >= 1; i--) {
      if (lines[i - 1].contains(e.getPropertyName() + ":")) {
        return Integer.toString(i);
      }
    }
    return Integer.toString(reported);
  }

  private static String line(JsonMappingException e) {
    return e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
  }

  record SchemeFile(@JsonProperty("id") String id, @JsonProperty("name") String name,
      @JsonProperty("benchmarks") Map<String, List<String>> benchmarks,
      @JsonProperty("stock") ScaleEntry stock, @JsonProperty("industry") ScaleEntry industry) {}

  record ScaleEntry(@JsonProperty("horizon_months") Horizon horizonMonths, @JsonProperty("tiers") List<TierEntry> tiers) {}

  record Horizon(@JsonProperty("from") Integer from, @JsonProperty("to") Integer to) {}

  record TierEntry(@JsonProperty("name") String name, @JsonProperty("min_pct") Double minPct,
      @JsonProperty("min_inclusive") Boolean minInclusive, @JsonProperty("max_pct") Double maxPct,
      @JsonProperty("max_inclusive") Boolean maxInclusive, @JsonProperty("unrated") Boolean unrated,
      @JsonProperty("description") String description) {}
}
