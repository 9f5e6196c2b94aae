package org.sectordesk.domain;

import java.util.List;
import java.util.Objects;

/**
 * A named list of names the team watches, e.g. the HK or A-share media movers lists of the weekly report.
 *
 * @param id     short id used on the command line, e.g. {@code hk}
 * @param name   title as the report prints it, e.g. 港股重点个股
 * @param market the market its names trade in
 * @param displayNames the name this list prints for a code when it differs from the security's own (the listing
 *                     name, e.g. 美团-W where the coverage says 美团)
 */
public record WatchList(String id, String name, Market market, List<String> codes, java.util.Map<String, String> displayNames) {
  public WatchList {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(market, "market");
    codes = codes.stream().map(SecurityCodes::normalise).toList();
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    (displayNames == null ? java.util.Map.<String, String>of() : displayNames)
        .forEach((k, v) -> names.put(SecurityCodes.normalise(k), v));
    displayNames = java.util.Collections.unmodifiableMap(names);
  }

  public WatchList(String id, String name, Market market, List<String> codes) {
    this(id, name, market, codes, java.util.Map.of());
  }

  /** The security as this list prints it: under the list's own name for it, if any. */
  public Security asListed(Security s) {
    String own = displayNames.get(s.code());
    return own == null || own.equals(s.nameZh()) ? s
        : new Security(s.code(), own, s.nameEn(), s.market(), s.currency(), s.kind(), s.subSector());
  }
}
