package org.sectordesk.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the workspace knows about its securities: every security (coverage, watch lists, indices),
 * the coverage universe in report order, the watch lists, the benchmark map and the base currency.
 * Passed into whatever needs it; never looked up from a global.
 */
public record ReferenceData(Map<String, Security> securities, List<String> coverage,
    List<WatchList> watchLists, BenchmarkMap benchmarks, String baseCurrency) {

  public ReferenceData {
    Objects.requireNonNull(securities, "securities");
    securities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(securities));
    coverage = List.copyOf(coverage);
    watchLists = List.copyOf(watchLists);
    Objects.requireNonNull(benchmarks, "benchmarks");
    Objects.requireNonNull(baseCurrency, "baseCurrency");
    for (String code : coverage) {
      if (!securities.containsKey(code)) {
        throw new IllegalArgumentException("coverage names " + code + ", which is not among the securities");
      }
    }
    for (WatchList w : watchLists) {
      for (String code : w.codes()) {
        if (!securities.containsKey(code)) {
          throw new IllegalArgumentException("watch list '" + w.id() + "' names " + code + ", which is not among the securities");
        }
      }
    }
  }

  public static ReferenceData of(Collection<Security> securities, List<String> coverage,
      List<WatchList> watchLists, BenchmarkMap benchmarks, String baseCurrency) {
    Map<String, Security> byCode = new LinkedHashMap<>();
    for (Security s : securities) {
      if (byCode.put(s.code(), s) != null) {
        throw new IllegalArgumentException("security " + s.code() + " is defined twice");
      }
    }
    return new ReferenceData(byCode, coverage, watchLists, benchmarks, baseCurrency);
  }

  public Optional<Security> security(String code) {
    return Optional.ofNullable(securities.get(code));
  }

  /** The security, or an error naming the code. */
  public Security require(String code) {
    Security s = securities.get(code);
    if (s == null) {
      throw new NotFoundException("unknown code " + code + ": it is not in the workspace's securities");
    }
    return s;
  }

  public List<Security> coverageSecurities() {
    List<Security> out = new ArrayList<>();
    coverage.forEach(c -> out.add(securities.get(c)));
    return out;
  }

  public Optional<WatchList> watchList(String id) {
    return watchLists.stream().filter(w -> w.id().equalsIgnoreCase(id)).findFirst();
  }
}
