package org.sectordesk.report;

import java.time.LocalDate;
import java.util.Objects;
import org.sectordesk.domain.Security;

/** What every section builder needs: the language's labels, the house and the layout's data source. */
public record SectionContext(Messages messages, House house, String dataSource) {
  public SectionContext {
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(house, "house");
    Objects.requireNonNull(dataSource, "dataSource");
  }

  public Lang lang() {
    return messages.lang();
  }

  public String t(String key, Object... args) {
    return messages.get(key, args);
  }

  /** The source line under figures and tables. */
  public String source() {
    return house.sourceLine(lang(), dataSource);
  }

  /** A security's name in the report's language (Chinese, or English when there is one). */
  public String name(Security s) {
    return lang() == Lang.EN && !s.nameEn().isEmpty() ? s.nameEn() : s.displayName();
  }

  /** A date as the language writes it: 2024年12月2日 or 2024-12-02. */
  public String date(LocalDate d) {
    return lang() == Lang.ZH ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.toString();
  }

  /** The plain statement that the workspace has no data for a section (never a placeholder table). */
  public Paragraph noData(String what) {
    return Paragraph.note(t("no_data", what));
  }
}
