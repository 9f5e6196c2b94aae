package org.sectordesk.ratings;

import java.util.Objects;

/**
 * One tier of a rating scale, named as the scheme names it (优于大市, 买入 …). A tier without a band (无评级)
 * expresses no view and is never scored as a hit or a miss.
 */
public record Tier(String name, Band band, String description) {
  public Tier {
    Objects.requireNonNull(name, "name");
    name = name.trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("tier name must not be empty");
    }
    description = description == null ? "" : description;
  }

  public static Tier of(String name, Band band) {
    return new Tier(name, band, "");
  }

  public static Tier unrated(String name) {
    return new Tier(name, null, "");
  }

  public boolean rated() {
    return band != null;
  }
}
