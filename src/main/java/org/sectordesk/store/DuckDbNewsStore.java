package org.sectordesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link NewsStore} on the workspace's DuckDB database. */
public final class DuckDbNewsStore implements NewsStore {
  private static final String COLUMNS = "n.id, n.content_hash, n.date, n.date_from_text, n.published_at, n.title, n.body, "
      + "n.source, n.url, n.section, l.section, n.companies, n.models, n.imported_from, n.date_precision, n.embedding";
  private static final String FROM = " FROM news_items n LEFT JOIN news_labels l ON l.id = n.id";

  private final Database db;
  private final Connection c;

  public DuckDbNewsStore(Database db) {
    this.db = db;
    this.c = db.connection();
  }

  @Override
  public WriteSummary writeNews(List<NewsRow> items) {
    Map<String, String> stored = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, content_hash FROM news_items")) {
      while (rs.next()) {
        stored.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read stored news: " + e.getMessage(), e);
    }
    long inserted = 0;
    long replaced = 0;
    long unchanged = 0;
    List<NewsRow> toWrite = new ArrayList<>();
    Set<String> toDelete = new HashSet<>();
    Set<String> inBatch = new HashSet<>();
    for (NewsRow r : items) {
      if (!inBatch.add(r.id())) {
        unchanged++;
        continue;
      }
      String hash = stored.get(r.id());
      if (hash == null) {
        inserted++;
        toWrite.add(r);
      } else if (hash.equals(r.contentHash())) {
        unchanged++;
      } else {
        replaced++;
        toDelete.add(r.id());
        toWrite.add(r);
      }
    }
    inTransaction(() -> {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM news_items WHERE id = ?")) {
        for (String id : toDelete) {
          del.setString(1, id);
          del.executeUpdate();
        }
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO news_items (id, content_hash, date, "
          + "date_from_text, published_at, title, body, source, url, section, companies, models, imported_from, date_precision, "
          + "embedding) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (NewsRow r : toWrite) {
          ins.setString(1, r.id());
          ins.setString(2, r.contentHash());
          ins.setObject(3, r.date());
          ins.setBoolean(4, r.dateFromText());
          ins.setObject(5, r.publishedAt() == null ? null : Timestamp.valueOf(r.publishedAt()));
          ins.setString(6, r.title());
          ins.setString(7, r.body());
          ins.setString(8, r.source());
          ins.setString(9, r.url());
          ins.setString(10, r.section());
          ins.setString(11, String.join(",", r.companies()));
          ins.setString(12, String.join("\u001f", r.models()));
          ins.setString(13, r.importedFrom());
          ins.setString(14, r.datePrecision());
          ins.setBytes(15, r.embedding() == null ? null : EmbeddingBytes.toBytes(r.embedding()));
          ins.addBatch();
        }
        ins.executeBatch();
      }
    });
    return new WriteSummary(items.size(), inserted, replaced, unchanged);
  }

  @Override
  public List<NewsRow> news(LocalDate from, LocalDate to) {
    return queryNews(FROM + " WHERE n.date BETWEEN ? AND ? ORDER BY n.date, n.id", from, to);
  }

  @Override
  public List<NewsRow> allNews() {
    return queryNews(FROM + " ORDER BY n.date, n.id");
  }

  @Override
  public Optional<NewsRow> newsItem(String id) {
    return queryNews(FROM + " WHERE n.id = ?", id).stream().findFirst();
  }

  @Override
  public void label(String id, String section, LocalDateTime at) {
    if (newsItem(id).isEmpty()) {
      throw new IllegalArgumentException("no news item with id '" + id + "' (see the ids in `desk news digest`)");
    }
    inTransaction(() -> {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM news_labels WHERE id = ?");
           PreparedStatement ins = c.prepareStatement("INSERT INTO news_labels VALUES (?,?,?)")) {
        del.setString(1, id);
        del.executeUpdate();
        ins.setString(1, id);
        ins.setString(2, section);
        ins.setObject(3, Timestamp.valueOf(at));
        ins.executeUpdate();
      }
    });
  }

  @Override
  public void updateSections(Map<String, String> sectionById) {
    inTransaction(() -> {
      try (PreparedStatement up = c.prepareStatement("UPDATE news_items SET section = ? WHERE id = ?")) {
        for (Map.Entry<String, String> e : sectionById.entrySet()) {
          up.setString(1, e.getValue());
          up.setString(2, e.getKey());
          up.executeUpdate();
        }
      }
    });
  }

  @Override
  public void updateEmbeddings(Map<String, float[]> embeddingById) {
    inTransaction(() -> {
      try (PreparedStatement up = c.prepareStatement("UPDATE news_items SET embedding = ? WHERE id = ?")) {
        for (Map.Entry<String, float[]> e : embeddingById.entrySet()) {
          up.setBytes(1, EmbeddingBytes.toBytes(e.getValue()));
          up.setString(2, e.getKey());
          up.executeUpdate();
        }
      }
    });
  }

  @Override
  public Map<String, String> contentHashes() {
    Map<String, String> stored = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, content_hash FROM news_items")) {
      while (rs.next()) {
        stored.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read stored news: " + e.getMessage(), e);
    }
    return stored;
  }

  @Override
  public long newsCount() {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM news_items")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count news: " + e.getMessage(), e);
    }
  }

  @Override
  public WriteSummary writeAnnouncements(Collection<AnnouncementRow> rows) {
    Set<String> stored = new HashSet<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT time, code, title, name, url FROM announcements")) {
      while (rs.next()) {
        stored.add(key(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read stored announcements: " + e.getMessage(), e);
    }
    List<AnnouncementRow> fresh = new ArrayList<>();
    long unchanged = 0;
    for (AnnouncementRow r : rows) {
      if (stored.add(key(r.time(), r.code(), r.title()))) {
        fresh.add(r);
      } else {
        unchanged++;
      }
    }
    inTransaction(() -> {
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO announcements VALUES (?,?,?,?,?)")) {
        for (AnnouncementRow r : fresh) {
          ins.setObject(1, Timestamp.valueOf(r.time()));
          ins.setString(2, r.code());
          ins.setString(3, r.name());
          ins.setString(4, r.title());
          ins.setString(5, r.url());
          ins.addBatch();
        }
        ins.executeBatch();
      }
    });
    return new WriteSummary(rows.size(), fresh.size(), 0, unchanged);
  }

  @Override
  public List<AnnouncementRow> announcements(LocalDate from, LocalDate to) {
    List<AnnouncementRow> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT time, code, name, title, url FROM announcements WHERE time >= ? AND time < ? ORDER BY time DESC, code")) {
      p.setObject(1, Timestamp.valueOf(from.atStartOfDay()));
      p.setObject(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new AnnouncementRow(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read announcements: " + e.getMessage(), e);
    }
    return out;
  }

  private static String key(LocalDateTime t, String code, String title) {
    return t + "|" + code + "|" + title;
  }

  private List<NewsRow> queryNews(String tail, Object... args) {
    List<NewsRow> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + tail)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Timestamp ts = rs.getTimestamp(5);
          String companies = rs.getString(12);
          String models = rs.getString(13);
          out.add(new NewsRow(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4),
              ts == null ? null : ts.toLocalDateTime(), rs.getString(6), rs.getString(7), rs.getString(8),
              rs.getString(9), rs.getString(10), rs.getString(11),
              companies.isEmpty() ? List.of() : Arrays.asList(companies.split(",")),
              models.isEmpty() ? List.of() : Arrays.asList(models.split("\u001f")), rs.getString(14),
              rs.getString(15), EmbeddingBytes.fromBytes(rs.getBytes(16))));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read news: " + e.getMessage(), e);
    }
    return out;
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  private void inTransaction(SqlWork work) {
    Transactions.run(db, "store news", connection -> {
      work.run();
      return null;
    });
  }
}
