package org.sectordesk.news;

import java.util.List;
import java.util.Objects;

/**
 * The stories of one company within a digest section, its lead story first.
 *
 * @param companyId    the main company's id, empty for the stories that name no company
 * @param companyName  its name, empty for the stories that name no company
 * @param summary      a one-line summary of the lead story (its title, or its first clause)
 * @param entries      the lead story, then the others by date
 */
public record CompanyBlock(String companyId, String companyName, String summary, List<DigestEntry> entries) {
  public CompanyBlock {
    companyId = companyId == null ? "" : companyId;
    companyName = companyName == null ? "" : companyName;
    Objects.requireNonNull(summary, "summary");
    entries = List.copyOf(entries);
  }

  /**
   * The block's heading: the company name and the lead story's summary ("腾讯：混元发布新版本"), the
   * name not said twice when the summary opens with it.
   */
  public String heading() {
    if (companyName.isEmpty()) {
      return summary;
    }
    String s = summary;
    if (s.startsWith(companyName) && s.length() > companyName.length() + 3) {
      s = s.substring(companyName.length()).replaceFirst("^[\\s：:，,、]+", "");
    }
    return companyName + "：" + s;
  }
}
