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
import org.sectordesk.ratings.TierMapping;
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
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

  private final Map<String, RatingScheme> schemes;
  private final TierMapping mapping;

  private SchemeLibrary(Map<String, RatingScheme> schemes, List<TierMapping.Link> links) {
    this.schemes = Map.copyOf(schemes);
    this.mapping = checkedMapping(schemes, links);
  }

  /** The built-in schemes only. */
  public static SchemeLibrary builtIn() {
    Map<String, RatingScheme> m = new LinkedHashMap<>();
    List<TierMapping.Link> links = new ArrayList<>();
    for (String id : BUILT_IN) {
      String resource = "/org/sectordesk/ratings/schemes/" + id + ".yaml";
      try (InputStream in = SchemeLibrary.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in scheme " + resource + " is missing from the build");
        }
        Parsed p = parseFile(new String(in.readAllBytes(), StandardCharsets.UTF_8), id + ".yaml");
        m.put(id, p.scheme());
        links.addAll(p.links());
      } catch (IOException e) {
        throw new IllegalStateException("cannot read built-in scheme " + resource, e);
      }
    }
    return new SchemeLibrary(m, links);
  }

  /** The built-in schemes plus the workspace's own ({@code DIR/schemes/*.yaml}). */
  public static SchemeLibrary forWorkspace(Path workspaceDir) {
    SchemeLibrary builtIn = builtIn();
    Map<String, RatingScheme> m = new LinkedHashMap<>(builtIn.schemes);
    List<TierMapping.Link> links = new ArrayList<>(builtIn.mapping.links());
    Path folder = workspaceDir.resolve(WORKSPACE_FOLDER);
    if (!Files.isDirectory(folder)) {
      return builtIn;
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
        Parsed p = parseFile(Files.readString(f), source);
        s = p.scheme();
        links.addAll(p.links());
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
    try {
      return new SchemeLibrary(m, links);
    } catch (IllegalArgumentException e) {
      throw new WorkspaceException(e.getMessage(), e);
    }
  }

  /** Which tier of one scheme a rating under another reads as, as the scheme files state it. */
  public TierMapping mapping() {
    return mapping;
  }

  public Map<String, RatingScheme> all() {
    return schemes;
  }

  public Optional<RatingScheme> scheme(String id) {
    return Optional.ofNullable(schemes.get(id));
  }

  /** Parses one scheme file; errors name the source, its line and the key. */
  public static RatingScheme parse(String yaml, String source) {
    return parseFile(yaml, source).scheme();
  }

  private record Parsed(RatingScheme scheme, List<TierMapping.Link> links) {}

  private static Parsed parseFile(String yaml, String source) {
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
      RatingScheme scheme = new RatingScheme(f.id(), f.name(), f.benchmarks() == null ? Map.of() : f.benchmarks(), scales);
      List<TierMapping.Link> links = new ArrayList<>();
      links(f.id(), RatingTarget.STOCK, f.stock(), source, links);
      links(f.id(), RatingTarget.INDUSTRY, f.industry(), source, links);
      return new Parsed(scheme, links);
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

  /** The {@code maps_to} / {@code maps_from} of a scale's tiers, as links between schemes. */
  private static void links(String id, RatingTarget target, ScaleEntry e, String source, List<TierMapping.Link> out) {
    if (e == null || e.tiers() == null) {
      return;
    }
    for (TierEntry t : e.tiers()) {
      String at = source + " [" + target.label() + ".tiers." + t.name() + ".";
      if (t.mapsTo() != null) {
        t.mapsTo().forEach((scheme, tier) -> out.add(new TierMapping.Link(id, target, t.name(), scheme.trim(),
            required(tier, at + "maps_to." + scheme + "]"), at + "maps_to." + scheme + "]")));
      }
      if (t.mapsFrom() != null) {
        t.mapsFrom().forEach((scheme, tiers) -> {
          for (String from : tiers == null ? List.<String>of() : tiers) {
            out.add(new TierMapping.Link(scheme.trim(), target, required(from, at + "maps_from." + scheme + "]"), id,
                t.name(), at + "maps_from." + scheme + "]"));
          }
        });
      }
    }
  }

  private static String required(String tier, String where) {
    if (tier == null || tier.isBlank()) {
      throw new IllegalArgumentException(where + " needs a tier name");
    }
    return tier.trim();
  }

  /**
   * The mapping, once every link names a scheme and tiers that exist and says no more than the tier it reads as:
   * the published tier's band must lie inside the other's (soochow 买入, above +15%, inside guosen 优于大市, above
   * +10%; never 增持, +5% to +15%, which straddles two guosen tiers). An unrated tier maps only to an unrated one.
   */
  private static TierMapping checkedMapping(Map<String, RatingScheme> schemes, List<TierMapping.Link> links) {
    for (TierMapping.Link l : links) {
      Tier from = tier(schemes, l.fromScheme(), l.target(), l.fromTier(), l.declaredIn());
      Tier to = tier(schemes, l.toScheme(), l.target(), l.toTier(), l.declaredIn());
      boolean fits = from.rated() ? to.rated() && from.band().within(to.band()) : !to.rated();
      if (!fits) {
        throw new IllegalArgumentException(l.declaredIn() + " " + l.fromScheme() + " " + l.fromTier() + " "
            + (from.rated() ? from.band() : "(no view)") + " cannot read as " + l.toScheme() + " " + l.toTier() + " "
            + (to.rated() ? to.band() : "(no view)") + ": its band must lie inside the other's;"
            + " leave it unmapped and the table prints it as published, with a footnote");
      }
    }
    return TierMapping.of(links);
  }

  private static Tier tier(Map<String, RatingScheme> schemes, String id, RatingTarget target, String name, String where) {
    RatingScheme s = schemes.get(id);
    if (s == null) {
      throw new IllegalArgumentException(where + " unknown scheme '" + id + "'; known: "
          + String.join(", ", new java.util.TreeSet<>(schemes.keySet())));
    }
    TierScale scale = s.scale(target).orElseThrow(() -> new IllegalArgumentException(where + " scheme " + id
        + " has no " + target.label() + " tiers"));
    return scale.tier(name).orElseThrow(() -> new IllegalArgumentException(where + " scheme " + id + " has no "
        + target.label() + " tier '" + name + "'; its tiers are " + scale.tierNames()));
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
      @JsonProperty("description") String description,
      @JsonProperty("maps_to") Map<String, String> mapsTo,
      @JsonProperty("maps_from") Map<String, List<String>> mapsFrom) {}
}
