package org.sectordesk.ratings;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.SecurityCodes;

/**
 * A house rating scheme: its tiers for stocks and for industries and the benchmark of each market. Schemes are
 * data (YAML files); this is their checked form.
 *
 * @param benchmarks for each venue ({@code CN}, {@code HK}, {@code US}, {@code NEEQ}, {@code BSE}) the benchmark
 *                   codes in order of preference; the first is used for scoring
 */
public record RatingScheme(String id, String name, Map<String, List<String>> benchmarks,
    Map<RatingTarget, TierScale> scales) {

  /** Venues a scheme may name a benchmark for: the markets plus BSE (Beijing Stock Exchange, codes ending .BJ). */
  public static final List<String> VENUES = List.of("CN", "HK", "US", "NEEQ", "BSE");

  public RatingScheme {
    Objects.requireNonNull(id, "id");
    id = id.trim().toLowerCase(Locale.ROOT);
    if (!id.matches("[a-z][a-z0-9_-]*")) {
      throw new IllegalArgumentException("scheme id must be lower-case letters, digits, '-' or '_', got '" + id + "'");
    }
    name = name == null ? id : name;
    Map<String, List<String>> b = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : benchmarks.entrySet()) {
      String venue = e.getKey().trim().toUpperCase(Locale.ROOT);
      if (!VENUES.contains(venue)) {
        throw new IllegalArgumentException("scheme " + id + ": benchmark venue '" + e.getKey() + "' is not one of " + VENUES);
      }
      if (e.getValue() == null || e.getValue().isEmpty()) {
        throw new IllegalArgumentException("scheme " + id + ": venue " + venue + " names no benchmark");
      }
      b.put(venue, e.getValue().stream().map(SecurityCodes::normalise).toList());
    }
    benchmarks = java.util.Collections.unmodifiableMap(b); // keeps the file's order: the same scheme, the same text
    if (scales.isEmpty()) {
      throw new IllegalArgumentException("scheme " + id + " has neither a stock nor an industry scale");
    }
    scales = java.util.Collections.unmodifiableMap(new EnumMap<>(scales));
  }

  public Optional<TierScale> scale(RatingTarget target) {
    return Optional.ofNullable(scales.get(target));
  }

  /** The venue whose benchmark applies to a code of the given market: BSE for .BJ codes when the scheme has one. */
  public String venueOf(String code, Market market) {
    if (code.endsWith(".BJ") && benchmarks.containsKey("BSE")) {
      return "BSE";
    }
    return market.name();
  }

  /** The benchmark a rating on {@code code} (trading on {@code market}) is measured against. */
  public Optional<String> benchmarkFor(String code, Market market) {
    List<String> codes = benchmarks.get(venueOf(code, market));
    return codes == null ? Optional.empty() : Optional.of(codes.get(0));
  }
}
