package org.sectordesk.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A market-data table whose rows are identified by key columns, and the set-based SQL that applies one
 * import to it with replace semantics.
 *
 * <p>An import first appends its rows to the table itself, tagged with a fresh {@code import_id}. Then
 * {@link #apply} pairs each new row with the stored row of the same key (if any): a new row identical
 * to the stored one is deleted again (the store keeps the old row, so re-importing changes nothing), a
 * stored row that differs is deleted (the new row replaces it). The caller runs all of it in one
 * transaction and has made sure the import holds each key once.
 */
final class KeyedTable {
  static final KeyedTable BARS = new KeyedTable("bars", List.of("code", "date"),
      List.of("open", "high", "low", "close", "adj_close", "volume", "currency"));
  static final KeyedTable FX = new KeyedTable("fx_rates", List.of("date", "base", "quote", "source"),
      List.of("rate", "kind"));
  static final KeyedTable CAPITALISATION = new KeyedTable("capitalisation", List.of("code", "date"),
      List.of("shares", "market_cap"));
  static final KeyedTable VALUATION = new KeyedTable("valuation", List.of("code", "date"), List.of("pe_ttm"));

  final String name;
  final List<String> keys;
  final List<String> values;

  private KeyedTable(String name, List<String> keys, List<String> values) {
    this.name = name;
    this.keys = keys;
    this.values = values;
  }

  /** Key equality of aliases {@code a} and {@code b}. */
  String keyJoin(String a, String b) {
    return keys.stream().map(k -> a + "." + k + " = " + b + "." + k).collect(Collectors.joining(" AND "));
  }

  /** All value columns of {@code a} and {@code b} equal, NULLs equal to NULLs. */
  String sameValues(String a, String b) {
    return values.stream().map(v -> a + "." + v + " IS NOT DISTINCT FROM " + b + "." + v)
        .collect(Collectors.joining(" AND "));
  }

  /**
   * SQL creating temp table {@code write_overlap(new_row, old_row, same, code?)}: each row of import
   * {@code importId} paired with the stored row of the same key. {@code extraOldFilter} narrows the
   * stored side (a date range) so that the join reads only the row groups that can match.
   */
  String overlapSql(long importId, String extraOldFilter) {
    String codeCol = keys.contains("code") ? ", n.code AS code" : "";
    return "CREATE OR REPLACE TEMP TABLE write_overlap AS SELECT n.rowid AS new_row, o.rowid AS old_row, ("
        + sameValues("n", "o") + ") AS same" + codeCol
        + " FROM " + name + " n JOIN " + name + " o ON " + keyJoin("n", "o")
        + " WHERE n.import_id = " + importId + " AND o.import_id <> " + importId
        + (extraOldFilter.isEmpty() ? "" : " AND " + extraOldFilter);
  }
}
