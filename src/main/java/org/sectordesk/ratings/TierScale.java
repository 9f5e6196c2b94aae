package org.sectordesk.ratings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tiers a scheme uses for one kind of target, and the horizon over which they are judged: from
 * {@code horizonFromMonths} to {@code horizonToMonths} after publication (6 and 6 for a plain 6-month scheme,
 * 6 and 12 for a "6 to 12 months" scheme).
 *
 * <p>The bands of the rated tiers must cover every excess return exactly once: sorted by their lower end, the
 * first is open below, each starts where the previous ends (the shared end belonging to exactly one of the two)
 * and the last is open above.
 */
public record TierScale(RatingTarget target, int horizonFromMonths, int horizonToMonths, List<Tier> tiers) {

  public TierScale {
    Objects.requireNonNull(target, "target");
    tiers = List.copyOf(tiers);
    if (horizonFromMonths < 1 || horizonToMonths < horizonFromMonths || horizonToMonths > 60) {
      throw new IllegalArgumentException("horizon of the " + target.label() + " scale must be 1 to 60 months with from <= to, got "
          + horizonFromMonths + ".." + horizonToMonths);
    }
    Set<String> names = new HashSet<>();
    for (Tier t : tiers) {
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("tier '" + t.name() + "' appears twice in the " + target.label() + " scale");
      }
    }
    checkPartition(target, tiers);
  }

  private static void checkPartition(RatingTarget target, List<Tier> tiers) {
    List<Tier> rated = new ArrayList<>();
    tiers.stream().filter(Tier::rated).forEach(rated::add);
    if (rated.isEmpty()) {
      throw new IllegalArgumentException("the " + target.label() + " scale has no tier with a band");
    }
    rated.sort(Comparator.comparing((Tier t) -> t.band().min() == null ? Double.NEGATIVE_INFINITY : t.band().min()));
    String where = "the " + target.label() + " scale: ";
    if (rated.get(0).band().min() != null) {
      throw new IllegalArgumentException(where + "no tier covers excess returns below " + rated.get(0).band());
    }
    for (int i = 1; i < rated.size(); i++) {
      Band prev = rated.get(i - 1).band();
      Band cur = rated.get(i).band();
      if (prev.max() == null || cur.min() == null || Math.abs(prev.max() - cur.min()) > Band.TOLERANCE) {
        throw new IllegalArgumentException(where + "tiers '" + rated.get(i - 1).name() + "' " + prev + " and '"
            + rated.get(i).name() + "' " + cur + " leave a gap or overlap");
      }
      if (prev.maxInclusive() == cur.minInclusive()) {
        throw new IllegalArgumentException(where + "the boundary " + cur.min() + " between '" + rated.get(i - 1).name()
            + "' and '" + rated.get(i).name() + "' must belong to exactly one of them (set one side inclusive)");
      }
    }
    if (rated.get(rated.size() - 1).band().max() != null) {
      throw new IllegalArgumentException(where + "no tier covers excess returns above " + rated.get(rated.size() - 1).band());
    }
  }

  public Optional<Tier> tier(String name) {
    return tiers.stream().filter(t -> t.name().equals(name.trim())).findFirst();
  }

  /** The rated tier whose band holds the excess return; empty for NaN. */
  public Optional<Tier> realisedTier(double excess) {
    if (Double.isNaN(excess)) {
      return Optional.empty();
    }
    return tiers.stream().filter(Tier::rated).filter(t -> t.band().contains(excess)).findFirst();
  }

  /** True for a "6 to 12 months" scale, judged at every month-end inside the window. */
  public boolean hasWindow() {
    return horizonToMonths > horizonFromMonths;
  }

  public List<String> tierNames() {
    return tiers.stream().map(Tier::name).toList();
  }
}
