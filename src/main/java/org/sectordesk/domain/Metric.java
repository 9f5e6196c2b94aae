package org.sectordesk.domain;

import java.util.List;
import java.util.Objects;

/**
 * A metric of the workspace catalogue ({@code metrics.yaml}): its id, Chinese and English names, the unit its
 * series are kept in by default, the decimals to print, and the column names vendor exports (Wind EDB, iFinD)
 * give it, each for one entity.
 */
public record Metric(String id, String name, String nameEn, String unit, int decimals, List<VendorName> vendorNames) {

  /** A vendor's column name that means this metric of one entity, e.g. 货币当局:非金融机构存款 → CN.PBOC. */
  public record VendorName(String name, String entity) {
    public VendorName {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(entity, "entity");
    }
  }

  public Metric {
    Objects.requireNonNull(id, "id");
    name = name == null || name.isBlank() ? id : name;
    nameEn = nameEn == null || nameEn.isBlank() ? name : nameEn;
    unit = unit == null ? "" : unit;
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals of metric " + id + " must be 0..6, got " + decimals);
    }
    vendorNames = List.copyOf(vendorNames == null ? List.of() : vendorNames);
  }
}
