package org.sectordesk.ratings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which tier of one scheme a rating published under another scheme reads as, as the scheme files state it
 * ({@code maps_to} on the published tier, or {@code maps_from} on the tier it reads as). A tier maps only where
 * the files say so; a rating with no stated mapping keeps its own scheme's tier.
 */
public final class TierMapping {
  /** One stated mapping: {@code fromTier} of {@code fromScheme} reads as {@code toTier} of {@code toScheme}. */
  public record Link(String fromScheme, RatingTarget target, String fromTier, String toScheme, String toTier,
      String declaredIn) {
    public Link {
      Objects.requireNonNull(fromScheme, "fromScheme");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(fromTier, "fromTier");
      Objects.requireNonNull(toScheme, "toScheme");
      Objects.requireNonNull(toTier, "toTier");
      declaredIn = declaredIn == null ? "" : declaredIn;
    }

    String key() {
      return key(fromScheme, target, fromTier, toScheme);
    }

    static String key(String fromScheme, RatingTarget target, String fromTier, String toScheme) {
      return fromScheme + '\u0000' + target + '\u0000' + fromTier.trim() + '\u0000' + toScheme;
    }
  }

  public static final TierMapping NONE = new TierMapping(Map.of());

  private final Map<String, Link> links;

  private TierMapping(Map<String, Link> links) {
    this.links = Map.copyOf(links);
  }

  /**
   * The mapping of the given links; the same link stated twice is kept once, two links that map one tier to two
   * different tiers of the same scheme are an error naming both places.
   */
  public static TierMapping of(List<Link> links) {
    Map<String, Link> m = new LinkedHashMap<>();
    for (Link l : links) {
      Link before = m.putIfAbsent(l.key(), l);
      if (before != null && !before.toTier().equals(l.toTier())) {
        throw new IllegalArgumentException(l.declaredIn() + " maps " + l.fromScheme() + " " + l.fromTier() + " to "
            + l.toScheme() + " " + l.toTier() + ", but " + before.declaredIn() + " maps it to " + before.toTier()
            + "; keep one");
      }
    }
    return new TierMapping(m);
  }

  /** Every link, in the order stated. */
  public List<Link> links() {
    return List.copyOf(links.values());
  }

  /**
   * The tier of {@code toScheme} a rating of {@code tier} under {@code fromScheme} reads as: the tier itself under
   * the same scheme, the stated mapping otherwise, empty when none is stated.
   */
  public Optional<String> map(String fromScheme, RatingTarget target, String tier, String toScheme) {
    if (fromScheme.equals(toScheme)) {
      return Optional.of(tier.trim());
    }
    return Optional.ofNullable(links.get(Link.key(fromScheme, target, tier, toScheme))).map(Link::toTier);
  }
}
