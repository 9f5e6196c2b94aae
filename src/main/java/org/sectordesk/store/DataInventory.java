package org.sectordesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sectordesk.domain.StoredSeries;

/** What a workspace's store holds, series by series: the check an analyst runs before a report. */
public final class DataInventory {
  private final Database db;

  public DataInventory(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** Every stored series: bars, shares, valuation, FX (pair, source, kind) and estimates, by kind then key. */
  public List<StoredSeries> series() {
    List<StoredSeries> out = new ArrayList<>();
    out.addAll(read("bars", "SELECT t.code, CAST(min(t.date) AS VARCHAR), CAST(max(t.date) AS VARCHAR), count(*), string_agg(DISTINCT l.file, '|' ORDER BY l.file)"
        + " FROM bars t LEFT JOIN import_log l ON l.id = t.import_id GROUP BY t.code ORDER BY t.code"));
    out.addAll(read("shares", "SELECT t.code, CAST(min(t.date) AS VARCHAR), CAST(max(t.date) AS VARCHAR), count(*), string_agg(DISTINCT l.file, '|' ORDER BY l.file)"
        + " FROM capitalisation t LEFT JOIN import_log l ON l.id = t.import_id GROUP BY t.code ORDER BY t.code"));
    out.addAll(read("valuation", "SELECT t.code, CAST(min(t.date) AS VARCHAR), CAST(max(t.date) AS VARCHAR), count(*), string_agg(DISTINCT l.file, '|' ORDER BY l.file)"
        + " FROM valuation t LEFT JOIN import_log l ON l.id = t.import_id GROUP BY t.code ORDER BY t.code"));
    out.addAll(read("fx", "SELECT t.base || '/' || t.quote || ' ' || t.source || ' ' || t.kind, CAST(min(t.date) AS VARCHAR), CAST(max(t.date) AS VARCHAR), count(*),"
        + " string_agg(DISTINCT l.file, '|' ORDER BY l.file) FROM fx_rates t LEFT JOIN import_log l ON l.id = t.import_id"
        + " GROUP BY t.base, t.quote, t.source, t.kind ORDER BY 1"));
    out.addAll(read("estimates", "SELECT code, CAST(min(as_of) AS VARCHAR), CAST(max(as_of) AS VARCHAR), count(*), NULL FROM estimates GROUP BY code ORDER BY code"));
    return out;
  }

  private List<StoredSeries> read(String kind, String sql) {
    try (PreparedStatement ps = db.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      List<StoredSeries> out = new ArrayList<>();
      while (rs.next()) {
        String files = rs.getString(5);
        out.add(new StoredSeries(kind, rs.getString(1), LocalDate.parse(rs.getString(2)), LocalDate.parse(rs.getString(3)),
            rs.getLong(4), files == null ? List.of() : Arrays.asList(files.split("\\|"))));
      }
      return out;
    } catch (SQLException e) {
      throw StoreErrors.of(db, "read the " + kind + " inventory", e);
    }
  }
}
