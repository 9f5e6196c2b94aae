package org.sectordesk.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The earnings-forecast table's own list, as the analyst writes it: its names in the order printed (names
 * outside the coverage allowed), the name each row prints (the listing name, 阿里巴巴-SW) and the table's one
 * rating scheme. An empty list means every name with a forecast in force, coverage order first.
 *
 * @param scheme the scheme the table's ratings are printed under; empty: the scheme of its first rated name
 */
public record ForecastList(String scheme, List<Listed> names) {
  /** A name of the table; {@code name} empty prints the security's own name. */
  public record Listed(String code, String name) {
    public Listed {
      code = SecurityCodes.normalise(Objects.requireNonNull(code, "code"));
      name = name == null ? "" : name.trim();
    }
  }

  public static final ForecastList ALL = new ForecastList("", List.of());

  public ForecastList {
    scheme = scheme == null ? "" : scheme.trim();
    names = List.copyOf(names == null ? List.of() : names);
    Set<String> seen = new HashSet<>();
    for (Listed l : names) {
      if (!seen.add(l.code())) {
        throw new IllegalArgumentException(l.code() + " is listed twice in the forecast table");
      }
    }
  }

  /** True when the analyst listed the table's names (otherwise: every name with a forecast). */
  public boolean listed() {
    return !names.isEmpty();
  }

  /** This list with another's names and scheme where that one states them (a layout over desk.yaml). */
  public ForecastList over(ForecastList base) {
    return new ForecastList(scheme.isEmpty() ? base.scheme() : scheme, names.isEmpty() ? base.names() : names);
  }
}
