package org.sectordesk.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.domain.Metric;
import org.sectordesk.domain.MetricCatalogue;

/**
 * Reads the workspace's metric catalogue {@code metrics.yaml}: each metric's id, Chinese and English names, unit,
 * decimals to print and the vendor column names (Wind EDB / iFinD) that stand for it. A workspace without the file
 * has an empty catalogue. Errors name the file, line and key.
 */
public final class MetricsFile {
  public static final String FILE = "metrics.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private MetricsFile() {}

  record File(@JsonProperty("metrics") List<Entry> metrics) {}

  record Entry(@JsonProperty("id") String id, @JsonProperty("name") String name,
      @JsonProperty("name_en") String nameEn, @JsonProperty("unit") String unit,
      @JsonProperty("decimals") Integer decimals, @JsonProperty("vendor_names") List<Vendor> vendorNames) {}

  record Vendor(@JsonProperty("name") String name, @JsonProperty("entity") String entity) {}

  /** The catalogue of a workspace folder (empty when it has no {@code metrics.yaml}). */
  public static MetricCatalogue read(Path workspaceDir) {
    Path file = workspaceDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return MetricCatalogue.empty();
    }
    File f;
    try {
      f = YAML.readValue(Files.readString(file), File.class);
    } catch (UnrecognizedPropertyException e) {
      throw new WorkspaceException(FILE + ":" + line(e) + " [" + e.getPropertyName()
          + "] unknown key; known keys here are " + e.getKnownPropertyIds());
    } catch (JsonMappingException e) {
      throw new WorkspaceException(FILE + ":" + line(e) + " " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new WorkspaceException("cannot read " + file + ": " + e.getMessage());
    }
    List<Metric> metrics = new ArrayList<>();
    List<Entry> entries = f == null || f.metrics() == null ? List.of() : f.metrics();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      String where = FILE + " metrics[" + (i + 1) + "]";
      if (e.id() == null || e.id().isBlank()) {
        throw new WorkspaceException(where + " [id] is required");
      }
      List<Metric.VendorName> vendors = new ArrayList<>();
      for (Vendor v : e.vendorNames() == null ? List.<Vendor>of() : e.vendorNames()) {
        if (v.name() == null || v.entity() == null) {
          throw new WorkspaceException(where + " (" + e.id() + ") [vendor_names] each needs a name and an entity");
        }
        vendors.add(new Metric.VendorName(v.name().strip(), v.entity().strip()));
      }
      try {
        metrics.add(new Metric(e.id().strip(), e.name(), e.nameEn(), e.unit(), e.decimals() == null ? 1 : e.decimals(), vendors));
      } catch (IllegalArgumentException ex) {
        throw new WorkspaceException(where + " " + ex.getMessage());
      }
    }
    try {
      return new MetricCatalogue(metrics);
    } catch (IllegalArgumentException ex) {
      throw new WorkspaceException(FILE + ": " + ex.getMessage());
    }
  }

  private static String line(JsonMappingException e) {
    return e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
  }
}
