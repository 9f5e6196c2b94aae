package org.sectordesk.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sectordesk.domain.EpsEstimate;

/** {@link EstimateStore} on the workspace's DuckDB file (table {@code estimates}). */
public final class DuckDbEstimateStore implements EstimateStore {
  private final Database db;

  public DuckDbEstimateStore(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public WriteSummary write(List<EpsEstimate> estimates) {
    Map<String, EpsEstimate> stored = new HashMap<>();
    for (EpsEstimate e : all()) {
      stored.put(key(e), e);
    }
    return Transactions.run(db, "store estimates", c -> {
      long inserted = 0;
      long replaced = 0;
      long unchanged = 0;
      try (PreparedStatement del = c.prepareStatement(
               "DELETE FROM estimates WHERE code = ? AND fiscal_year = ? AND as_of = ?");
           PreparedStatement ins = c.prepareStatement(
               "INSERT INTO estimates (code, fiscal_year, as_of, eps, currency, per_ads, revenue, adj_net_profit)"
                   + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (EpsEstimate e : estimates) {
          EpsEstimate old = stored.get(key(e));
          if (e.equals(old)) {
            unchanged++;
            continue;
          }
          if (old != null) {
            del.setString(1, e.code());
            del.setInt(2, e.fiscalYear());
            del.setDate(3, Date.valueOf(e.asOf()));
            del.executeUpdate();
            replaced++;
          } else {
            inserted++;
          }
          ins.setString(1, e.code());
          ins.setInt(2, e.fiscalYear());
          ins.setDate(3, Date.valueOf(e.asOf()));
          ins.setDouble(4, e.eps());
          ins.setString(5, e.currency());
          setNullable(ins, 6, e.perAds());
          setNullable(ins, 7, e.revenue());
          setNullable(ins, 8, e.adjNetProfit());
          ins.executeUpdate();
          stored.put(key(e), e);
        }
      }
      return new WriteSummary(estimates.size(), inserted, replaced, unchanged);
    });
  }

  @Override
  public List<EpsEstimate> all() {
    List<EpsEstimate> out = new ArrayList<>();
    try (Statement s = db.connection().createStatement();
         ResultSet rs = s.executeQuery("SELECT code, fiscal_year, as_of, eps, currency, per_ads, revenue, adj_net_profit"
             + " FROM estimates ORDER BY code, fiscal_year, as_of")) {
      while (rs.next()) {
        out.add(new EpsEstimate(rs.getString(1), rs.getInt(2), rs.getDouble(4), rs.getString(5),
            rs.getDate(3).toLocalDate(), nullable(rs, 6), nullable(rs, 7), nullable(rs, 8)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read estimates: " + e.getMessage(), e);
    }
    return out;
  }

  private static String key(EpsEstimate e) {
    return e.code() + "|" + e.fiscalYear() + "|" + e.asOf();
  }

  static void setNullable(PreparedStatement ps, int i, double v) throws SQLException {
    if (Double.isNaN(v)) {
      ps.setNull(i, java.sql.Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  static double nullable(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? Double.NaN : v;
  }
}
