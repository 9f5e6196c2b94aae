package org.sectordesk.news;

import java.util.List;
import java.util.Optional;

/**
 * The companies an item is about, most important first, and the AI models it names.
 *
 * @param companies every company mentioned, by descending score (the first is the main company)
 * @param models    AI model families named, in order of first mention
 * @param tiedAtTop how many companies share the highest score (1 when the main company is clear, 0 when none)
 */
public record CompanyTags(List<Company> companies, List<String> models, int tiedAtTop) {
  public CompanyTags(List<Company> companies, List<String> models) {
    this(companies, models, companies.isEmpty() ? 0 : 1);
  }

  public CompanyTags {
    companies = List.copyOf(companies);
    models = List.copyOf(models);
  }

  /** The company the item is mostly about, if any is mentioned. */
  public Optional<Company> main() {
    return companies.isEmpty() ? Optional.empty() : Optional.of(companies.get(0));
  }
}
