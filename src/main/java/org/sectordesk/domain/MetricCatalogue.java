package org.sectordesk.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The workspace's metrics, in the order the catalogue lists them. */
public record MetricCatalogue(List<Metric> metrics) {

  public MetricCatalogue {
    metrics = List.copyOf(metrics);
    Map<String, Metric> seen = new LinkedHashMap<>();
    for (Metric m : metrics) {
      if (seen.put(m.id(), m) != null) {
        throw new IllegalArgumentException("metric " + m.id() + " is listed twice");
      }
    }
  }

  public static MetricCatalogue empty() {
    return new MetricCatalogue(List.of());
  }

  public Optional<Metric> metric(String id) {
    return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The metric and entity a vendor column name stands for (exact match after trimming). */
  public Optional<Map.Entry<Metric, String>> byVendorName(String name) {
    String n = name == null ? "" : name.strip();
    for (Metric m : metrics) {
      for (Metric.VendorName v : m.vendorNames()) {
        if (v.name().equals(n)) {
          return Optional.of(Map.entry(m, v.entity()));
        }
      }
    }
    return Optional.empty();
  }

  public List<String> ids() {
    List<String> out = new ArrayList<>();
    metrics.forEach(m -> out.add(m.id()));
    return out;
  }
}
