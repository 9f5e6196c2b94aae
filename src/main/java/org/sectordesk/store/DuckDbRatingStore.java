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
import org.sectordesk.domain.PublishedRating;

/** {@link RatingStore} on the workspace's DuckDB file (table {@code ratings}). */
public final class DuckDbRatingStore implements RatingStore {
  private final Database db;

  public DuckDbRatingStore(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public WriteSummary write(List<PublishedRating> ratings) {
    Map<String, PublishedRating> stored = new HashMap<>();
    for (PublishedRating r : all()) {
      stored.put(key(r), r);
    }
    return Transactions.run(db, "store ratings", c -> {
      long inserted = 0;
      long replaced = 0;
      long unchanged = 0;
      try (PreparedStatement del = c.prepareStatement("DELETE FROM ratings WHERE code = ? AND date = ?");
           PreparedStatement ins = c.prepareStatement(
               "INSERT INTO ratings (date, code, scheme, tier, target_price, analyst, title) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (PublishedRating r : ratings) {
          PublishedRating old = stored.get(key(r));
          if (r.equals(old)) {
            unchanged++;
            continue;
          }
          if (old != null) {
            del.setString(1, r.code());
            del.setDate(2, Date.valueOf(r.date()));
            del.executeUpdate();
            replaced++;
          } else {
            inserted++;
          }
          ins.setDate(1, Date.valueOf(r.date()));
          ins.setString(2, r.code());
          ins.setString(3, r.scheme());
          ins.setString(4, r.tier());
          DuckDbEstimateStore.setNullable(ins, 5, r.targetPrice());
          ins.setString(6, r.analyst());
          ins.setString(7, r.title());
          ins.executeUpdate();
          stored.put(key(r), r);
        }
      }
      return new WriteSummary(ratings.size(), inserted, replaced, unchanged);
    });
  }

  @Override
  public List<PublishedRating> all() {
    List<PublishedRating> out = new ArrayList<>();
    try (Statement s = db.connection().createStatement();
         ResultSet rs = s.executeQuery("SELECT date, code, scheme, tier, target_price, analyst, title"
             + " FROM ratings ORDER BY date, code")) {
      while (rs.next()) {
        out.add(new PublishedRating(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4),
            DuckDbEstimateStore.nullable(rs, 5), rs.getString(6), rs.getString(7)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read ratings: " + e.getMessage(), e);
    }
    return out;
  }

  private static String key(PublishedRating r) {
    return r.code() + "|" + r.date();
  }
}
