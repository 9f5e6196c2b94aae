package org.sectordesk.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sectordesk.domain.MetricPeriod;
import org.sectordesk.domain.MetricPoint;

/** {@link MetricStore} on the workspace's DuckDB file (table {@code metric_points}). */
public final class DuckDbMetricStore implements MetricStore {
  private static final String COLUMNS = "entity, metric, period, value, unit, currency, source, estimate";
  private final Database db;

  public DuckDbMetricStore(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public WriteSummary write(List<MetricPoint> points) {
    Map<String, MetricPoint> stored = new HashMap<>();
    for (MetricPoint p : all()) {
      stored.put(key(p), p);
    }
    return Transactions.run(db, "store metric points", c -> {
      long inserted = 0;
      long replaced = 0;
      long unchanged = 0;
      try (PreparedStatement del = c.prepareStatement(
               "DELETE FROM metric_points WHERE entity = ? AND metric = ? AND period = ?");
           PreparedStatement ins = c.prepareStatement("INSERT INTO metric_points (entity, metric, period, period_end,"
               + " value, unit, currency, source, estimate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (MetricPoint p : points) {
          MetricPoint old = stored.get(key(p));
          if (p.equals(old)) {
            unchanged++;
            continue;
          }
          if (old != null) {
            del.setString(1, p.entity());
            del.setString(2, p.metric());
            del.setString(3, p.period().toString());
            del.executeUpdate();
            replaced++;
          } else {
            inserted++;
          }
          ins.setString(1, p.entity());
          ins.setString(2, p.metric());
          ins.setString(3, p.period().toString());
          ins.setDate(4, Date.valueOf(p.period().end()));
          ins.setDouble(5, p.value());
          ins.setString(6, p.unit());
          ins.setString(7, p.currency());
          ins.setString(8, p.source());
          ins.setBoolean(9, p.estimate());
          ins.executeUpdate();
          stored.put(key(p), p);
        }
      }
      return new WriteSummary(points.size(), inserted, replaced, unchanged);
    });
  }

  @Override
  public List<MetricPoint> all() {
    return query("SELECT " + COLUMNS + " FROM metric_points ORDER BY metric, entity, period_end, period", null);
  }

  @Override
  public List<MetricPoint> metric(String metric) {
    return query("SELECT " + COLUMNS + " FROM metric_points WHERE metric = ? ORDER BY entity, period_end, period", metric);
  }

  private List<MetricPoint> query(String sql, String metric) {
    List<MetricPoint> out = new ArrayList<>();
    try (PreparedStatement s = db.connection().prepareStatement(sql)) {
      if (metric != null) {
        s.setString(1, metric);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new MetricPoint(rs.getString(1), rs.getString(2), MetricPeriod.parse(rs.getString(3)).period(),
              rs.getDouble(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read metric points: " + e.getMessage(), e);
    }
    return out;
  }

  private static String key(MetricPoint p) {
    return p.entity() + "|" + p.metric() + "|" + p.period();
  }
}
