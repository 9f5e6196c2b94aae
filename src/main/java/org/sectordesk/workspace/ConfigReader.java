package org.sectordesk.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectordesk.domain.BenchmarkMap;
import org.sectordesk.domain.Market;
import org.sectordesk.analytics.FxPolicy;
import org.sectordesk.domain.Conventions;
import org.sectordesk.domain.ForecastList;
import org.sectordesk.domain.SecurityCodes;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityKind;
import org.sectordesk.domain.WatchList;
import org.sectordesk.ingest.Echo;
import org.sectordesk.ingest.TextFiles;

/** Reads {@code desk.yaml} and turns it into reference data, with errors that name the file, line and key. */
public final class ConfigReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ConfigReader() {}

  public static WorkspaceConfig read(Path file) {
    String name = file.getFileName().toString();
    String text;
    try {
      text = TextFiles.read(file);
    } catch (IOException e) {
      throw new WorkspaceException("cannot read " + file + ": " + e.getMessage());
    }
    YamlLines lines;
    try {
      lines = YamlLines.of(text);
    } catch (RuntimeException e) {
      throw new WorkspaceException(name + ": not valid YAML: " + Echo.echo(firstLine(e.getMessage())));
    }
    if (lines.duplicate() != null) {
      String[] d = lines.duplicate().split("\t");
      throw new WorkspaceException(name + ":" + d[0] + " [" + d[1] + "] is given twice (first at line " + d[2]
          + "); a second key would silently replace the first: merge them into one");
    }
    WorkspaceConfig config;
    try {
      config = YAML.readValue(text, WorkspaceConfig.class);
    } catch (UnrecognizedPropertyException e) {
      String path = path(e);
      throw new WorkspaceException(name + ":" + lineOf(lines, path, e) + " [" + path
          + "] unknown key; known keys here are " + e.getKnownPropertyIds());
    } catch (JsonMappingException e) {
      throw new WorkspaceException(name + ":" + lineOf(lines, path(e), e) + " [" + path(e) + "] "
          + Echo.echo(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new WorkspaceException(name + ": cannot read: " + Echo.echo(e.getMessage()));
    }
    if (config == null) {
      throw new WorkspaceException(name + ":1 the file is empty; see the README for the keys of desk.yaml");
    }
    ConfigChecks.check(config, name, lines::line);
    return config;
  }

  /** The key path of a mapping error, {@code coverage[3].code}. */
  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String lineOf(YamlLines lines, String path, JsonMappingException e) {
    int l = lines.line(path);
    if (l > 0) {
      return Integer.toString(l);
    }
    return e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
  }

  /** The workspace's conventions ({@code conventions:}) over the desk's defaults. */
  public static Conventions conventions(WorkspaceConfig c, String source) {
    try {
      return Conventions.of(c.conventions()).over(Conventions.DEFAULT);
    } catch (IllegalArgumentException e) {
      throw new WorkspaceException(source + " [conventions] " + e.getMessage());
    }
  }

  /** How FX rates are chosen ({@code fx:}); the defaults when absent. */
  public static FxPolicy fxPolicy(WorkspaceConfig c, String source) {
    if (c.fx() == null) {
      return FxPolicy.DEFAULT;
    }
    try {
      return new FxPolicy(c.fx().maxAgeDays() == null ? FxPolicy.DEFAULT.maxAgeDays() : c.fx().maxAgeDays(),
          c.fx().sources() == null ? List.of() : c.fx().sources());
    } catch (IllegalArgumentException e) {
      throw new WorkspaceException(source + " [fx] " + e.getMessage());
    }
  }

  private static String firstLine(String m) {
    if (m == null) {
      return "";
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Reference data from a parsed config; {@code source} names the file in error messages. */
  public static ReferenceData reference(WorkspaceConfig c, String source) {
    Map<String, Security> securities = new LinkedHashMap<>();
    List<String> coverage = new ArrayList<>();
    for (WorkspaceConfig.Entry e : nonNull(c.indices())) {
      put(securities, toSecurity(e, SecurityKind.INDEX, source, "indices"), source);
    }
    for (WorkspaceConfig.Entry e : nonNull(c.coverage())) {
      Security s = toSecurity(e, SecurityKind.STOCK, source, "coverage");
      put(securities, s, source);
      coverage.add(s.code());
    }
    List<WatchList> lists = new ArrayList<>();
    for (WorkspaceConfig.WatchListEntry w : nonNull(c.watchLists())) {
      if (w.id() == null || w.id().isBlank()) {
        throw new WorkspaceException(source + " [watch_lists] every watch list needs an id");
      }
      List<String> codes = new ArrayList<>();
      Map<String, String> listed = new LinkedHashMap<>();
      for (WorkspaceConfig.Entry e : nonNull(w.members())) {
        Security s = toSecurity(e, SecurityKind.STOCK, source, "watch_lists." + w.id());
        Security known = securities.get(s.code());
        if (known == null) {
          securities.put(s.code(), s);
        } else if (e.name() != null && !e.name().isBlank() && !e.name().equals(known.nameZh())) {
          // a watch list may print another name for a covered company (its listing name, 美团-W): in this list only
          listed.put(s.code(), e.name().trim());
        }
        codes.add(s.code());
      }
      Market m = w.market() == null ? (codes.isEmpty() ? Market.CN : Market.ofCode(codes.get(0)))
          : market(w.market(), source, "watch_lists." + w.id() + ".market");
      lists.add(new WatchList(w.id(), w.name() == null ? w.id() : w.name(), m, codes, listed));
    }
    // a name of the forecast table outside the coverage and the watch lists is a security of the workspace too
    if (c.forecastTable() != null) {
      for (WorkspaceConfig.Entry e : nonNull(c.forecastTable().names())) {
        if (e != null && e.code() != null && !securities.containsKey(SecurityCodes.normalise(e.code()))) {
          Security s = toSecurity(e, SecurityKind.STOCK, source, "forecast_table.names");
          securities.put(s.code(), s);
        }
      }
    }
    EnumMap<Market, String> bench = new EnumMap<>(Market.class);
    if (c.benchmarks() != null) {
      c.benchmarks().forEach((k, v) -> bench.put(market(k, source, "benchmarks"), v));
    }
    try {
      return new ReferenceData(securities, coverage, lists, new BenchmarkMap(bench),
          c.baseCurrency() == null ? "CNY" : c.baseCurrency().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new WorkspaceException(source + ": " + e.getMessage());
    }
  }

  /** The forecast table's own names and scheme ({@code forecast_table:}); {@link ForecastList#ALL} when absent. */
  public static ForecastList forecastList(WorkspaceConfig c) {
    if (c.forecastTable() == null) {
      return ForecastList.ALL;
    }
    List<ForecastList.Listed> names = new ArrayList<>();
    for (WorkspaceConfig.Entry e : nonNull(c.forecastTable().names())) {
      names.add(new ForecastList.Listed(e.code(), e.name()));
    }
    return new ForecastList(c.forecastTable().scheme(), names);
  }

  private static <T> List<T> nonNull(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static void put(Map<String, Security> m, Security s, String source) {
    if (m.put(s.code(), s) != null) {
      throw new WorkspaceException(source + " [" + s.code() + "] is listed twice among indices and coverage");
    }
  }

  private static Market market(String text, String source, String key) {
    try {
      return Market.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new WorkspaceException(source + " [" + key + "] '" + text + "' is not a market (HK, US, CN, NEEQ)");
    }
  }

  private static Security toSecurity(WorkspaceConfig.Entry e, SecurityKind kind, String source, String key) {
    if (e.code() == null || e.name() == null) {
      throw new WorkspaceException(source + " [" + key + "] every entry needs a code and a name, got " + e);
    }
    try {
      Security base = kind == SecurityKind.INDEX ? Security.index(e.code(), e.name(), e.nameEn())
          : Security.stock(e.code(), e.name(), e.nameEn(), e.subSector());
      Market m = e.market() == null ? base.market() : market(e.market(), source, key + ".market");
      String ccy = e.currency() == null ? (e.market() == null ? base.currency() : m.tradingCurrency())
          : e.currency().toUpperCase(Locale.ROOT);
      LocalDate delisted = e.delisted() == null ? null : LocalDate.parse(e.delisted().trim());
      return new Security(base.code(), base.nameZh(), base.nameEn(), m, ccy, kind, base.subSector(), delisted);
    } catch (java.time.format.DateTimeParseException ex) {
      throw new WorkspaceException(source + " [" + key + ".delisted] '" + e.delisted() + "' is not a date (YYYY-MM-DD)");
    } catch (IllegalArgumentException ex) {
      throw new WorkspaceException(source + " [" + key + "] " + ex.getMessage());
    }
  }
}
