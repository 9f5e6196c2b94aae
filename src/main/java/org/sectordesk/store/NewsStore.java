package org.sectordesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * News items, their human section labels and company announcements of a workspace.
 * Every {@code write…} call is one transaction: all rows are stored or none.
 */
public interface NewsStore {

  /**
   * A stored news item.
   *
   * @param id            stable id (hash of URL, or of title and body)
   * @param contentHash   hash of title and body: a re-import with the same hash changes nothing
   * @param section       the classifier's section id when stored
   * @param label         the human label's section id, or null
   * @param companies     company ids, main company first
   * @param models        AI model names
   * @param importedFrom  the file it came from
   * @param datePrecision {@code day}, or {@code month} when only the month is known (date = its first day)
   * @param embedding     the item's sentence embedding, or null when it has none
   */
  record NewsRow(String id, String contentHash, LocalDate date, boolean dateFromText, LocalDateTime publishedAt,
      String title, String body, String source, String url, String section, String label,
      List<String> companies, List<String> models, String importedFrom, String datePrecision, float[] embedding) {
    public NewsRow {
      datePrecision = datePrecision == null ? "day" : datePrecision;
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(contentHash, "contentHash");
      Objects.requireNonNull(date, "date");
      title = title == null ? "" : title;
      body = body == null ? "" : body;
      source = source == null ? "" : source;
      url = url == null ? "" : url;
      Objects.requireNonNull(section, "section");
      companies = List.copyOf(companies);
      models = List.copyOf(models);
      importedFrom = importedFrom == null ? "" : importedFrom;
    }
  }

  /** A stored announcement. */
  record AnnouncementRow(LocalDateTime time, String code, String name, String title, String url) {
    public AnnouncementRow {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(title, "title");
      name = name == null ? "" : name;
      url = url == null ? "" : url;
    }
  }

  /** Stores items: new ids are inserted, same id and same content unchanged, same id and new content replaced. */
  WriteSummary writeNews(List<NewsRow> items);

  /** Items dated between two days, both inclusive, with their labels. */
  List<NewsRow> news(LocalDate from, LocalDate to);

  /** Every stored item (for retraining and re-filing). */
  List<NewsRow> allNews();

  Optional<NewsRow> newsItem(String id);

  /** Records a person's section for an item; a later label replaces an earlier one. */
  void label(String id, String section, LocalDateTime at);

  /** Replaces the classifier's section of stored items (after retraining), one transaction. */
  void updateSections(Map<String, String> sectionById);

  /** Sets the stored embeddings of items (id → vector), in one transaction. */
  void updateEmbeddings(Map<String, float[]> embeddingById);

  /** The content hash of every stored item, by id. */
  Map<String, String> contentHashes();

  long newsCount();

  /** Stores announcements; a row equal in time, code and title to a stored one is unchanged. */
  WriteSummary writeAnnouncements(Collection<AnnouncementRow> rows);

  /** Announcements published between two days, both inclusive. */
  List<AnnouncementRow> announcements(LocalDate from, LocalDate to);
}
