package org.sectordesk.workspace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.sectordesk.domain.SecurityCodes;
import org.sectordesk.ingest.Currencies;
import org.sectordesk.ingest.Echo;

/**
 * The checks of {@code desk.yaml} that need more than its shape, each an error naming the file, the line and
 * the key: a code that is not a code, a code listed twice, a sub-sector not among {@code sub_sectors}, a watch
 * list id used twice, a currency that is not an ISO code.
 */
final class ConfigChecks {
  private final String file;
  private final ToIntFunction<String> lines;

  private ConfigChecks(String file, ToIntFunction<String> lines) {
    this.file = file;
    this.lines = lines;
  }

  static void check(WorkspaceConfig c, String file, ToIntFunction<String> lines) {
    new ConfigChecks(file, lines).check(c);
  }

  private void check(WorkspaceConfig c) {
    if (c.baseCurrency() != null && !Currencies.isIso(c.baseCurrency().strip().toUpperCase(Locale.ROOT))) {
      fail("base_currency", "'" + c.baseCurrency() + "' is not an ISO currency code (CNY, HKD, USD …)");
    }
    Set<String> sectors = new HashSet<>(c.subSectors() == null ? List.of() : c.subSectors());
    Map<String, String> listed = new HashMap<>();
    entries(c.indices(), "indices", null, listed, true);
    entries(c.coverage(), "coverage", sectors, listed, true);
    Set<String> ids = new HashSet<>();
    List<WorkspaceConfig.WatchListEntry> lists = c.watchLists() == null ? List.of() : c.watchLists();
    for (int i = 0; i < lists.size(); i++) {
      WorkspaceConfig.WatchListEntry w = lists.get(i);
      String at = "watch_lists[" + i + "]";
      if (w == null || w.id() == null || w.id().isBlank()) {
        fail(at, "every watch list needs an id");
      }
      if (!ids.add(w.id())) {
        fail(at + ".id", "watch list id '" + w.id() + "' is used twice; each list needs its own id");
      }
      entries(w.members(), at + ".members", null, new HashMap<>(), false);
    }
    forecastTable(c, listed);
  }

  /**
   * {@code forecast_table.names}: codes, each once; a name outside the coverage and the watch lists needs its
   * {@code name}; an index has no forecasts.
   */
  private void forecastTable(WorkspaceConfig c, Map<String, String> indicesAndCoverage) {
    if (c.forecastTable() == null || c.forecastTable().names() == null) {
      return;
    }
    Set<String> members = new HashSet<>();
    for (WorkspaceConfig.WatchListEntry w : c.watchLists() == null ? List.<WorkspaceConfig.WatchListEntry>of() : c.watchLists()) {
      for (WorkspaceConfig.Entry e : w.members() == null ? List.<WorkspaceConfig.Entry>of() : w.members()) {
        if (e != null && e.code() != null) {
          members.add(SecurityCodes.normalise(e.code()));
        }
      }
    }
    Map<String, String> seen = new HashMap<>();
    List<WorkspaceConfig.Entry> names = c.forecastTable().names();
    for (int i = 0; i < names.size(); i++) {
      WorkspaceConfig.Entry e = names.get(i);
      String at = "forecast_table.names[" + i + "]";
      if (e == null || e.code() == null) {
        fail(at, "every name of the forecast table needs a code");
      }
      String code = listedOnce(e.code(), at, seen);
      String where = indicesAndCoverage.get(code);
      if (where != null && where.startsWith("indices")) {
        fail(at + ".code", code + " is an index (" + where + "); the forecast table lists companies");
      }
      if (where == null && !members.contains(code) && (e.name() == null || e.name().isBlank())) {
        fail(at + ".name", code + " is outside the coverage and the watch lists: give the name the table prints");
      }
    }
  }

  private void entries(List<WorkspaceConfig.Entry> list, String key, Set<String> sectors, Map<String, String> listed,
      boolean unique) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      WorkspaceConfig.Entry e = list.get(i);
      String at = key + "[" + i + "]";
      if (e == null || e.code() == null || e.name() == null) {
        fail(at, "every entry needs a code and a name");
      }
      String code = listedOnce(e.code(), at, listed);
      if (sectors != null && !sectors.isEmpty() && e.subSector() != null && !sectors.contains(e.subSector())) {
        fail(at + ".sub_sector", "'" + Echo.echo(e.subSector()) + "' is not one of sub_sectors " + sectors);
      }
      if (e.currency() != null && !Currencies.isIso(e.currency().strip().toUpperCase(Locale.ROOT))) {
        fail(at + ".currency", "'" + Echo.echo(e.currency()) + "' is not an ISO currency code (CNY, HKD, USD …)");
      }
    }
  }

  /** The canonical code of a list entry at {@code at}, refused when it is malformed or already listed. */
  private String listedOnce(String raw, String at, Map<String, String> listed) {
    String code;
    try {
      code = SecurityCodes.normalise(raw);
    } catch (IllegalArgumentException ex) {
      throw problem(at + ".code", Echo.echo(ex.getMessage()));
    }
    String first = listed.putIfAbsent(code, at);
    if (first != null) {
      fail(at + ".code", code + " is listed twice (first at line " + lines.applyAsInt(first) + ", " + first + ")");
    }
    return code;
  }

  private void fail(String path, String message) {
    throw problem(path, message);
  }

  private WorkspaceException problem(String path, String message) {
    int line = lines.applyAsInt(path);
    return new WorkspaceException(file + (line > 0 ? ":" + line : "") + " [" + path + "] " + message);
  }
}
