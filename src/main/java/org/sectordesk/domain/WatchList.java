package org.sectordesk.domain;

import java.util.List;
import java.util.Objects;

/**
 * A named list of names the team watches, e.g. the HK or A-share media movers lists of the weekly report.
 *
 * @param id     short id used on the command line, e.g. {@code hk}
 * @param name   title as the report prints it, e.g. 港股重点个股
 * @param market the market its names trade in
 */
public record WatchList(String id, String name, Market market, List<String> codes) {
  public WatchList {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(market, "market");
    codes = codes.stream().map(SecurityCodes::normalise).toList();
  }
}
