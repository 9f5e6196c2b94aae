package org.sectordesk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sectordesk.domain.ForecastList;
import org.sectordesk.report.SectionSpec;

/**
 * A layout's own forecast-table list: {@code names} (codes, or {@code {code, name}} with the name the table prints)
 * and {@code scheme}, each over desk.yaml's {@code forecast_table} where given.
 */
final class ForecastListSpec {
  private ForecastListSpec() {}

  static ForecastList of(SectionSpec spec) {
    Object raw = spec.params().get("names");
    List<ForecastList.Listed> names = new ArrayList<>();
    if (raw != null) {
      if (!(raw instanceof List<?> list)) {
        throw bad(spec, "names", "must be a list of codes or {code, name}, got '" + raw + "'");
      }
      for (int i = 0; i < list.size(); i++) {
        Object o = list.get(i);
        try {
          if (o instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
              if (!List.of("code", "name").contains(String.valueOf(k))) {
                throw bad(spec, "names[" + i + "]." + k, "unknown key; known keys here are [code, name]");
              }
            }
            Object code = m.get("code");
            if (code == null) {
              throw bad(spec, "names[" + i + "]", "needs a code");
            }
            names.add(new ForecastList.Listed(String.valueOf(code), m.get("name") == null ? "" : String.valueOf(m.get("name"))));
          } else if (o != null) {
            names.add(new ForecastList.Listed(String.valueOf(o), ""));
          }
        } catch (IllegalArgumentException e) {
          throw e.getMessage() != null && e.getMessage().startsWith(spec.where()) ? e
              : bad(spec, "names[" + i + "]", e.getMessage());
        }
      }
    }
    try {
      return new ForecastList(spec.text("scheme", ""), names);
    } catch (IllegalArgumentException e) {
      throw bad(spec, "names", e.getMessage());
    }
  }

  private static IllegalArgumentException bad(SectionSpec spec, String key, String message) {
    return new IllegalArgumentException(spec.where() + " (" + spec.type() + "): [" + key + "] " + message);
  }
}
