package org.sectordesk.news;

import java.util.Objects;

/**
 * A text with its human label: a training example or an evaluation item.
 *
 * @param text    the item's text (title and body)
 * @param section the section it belongs to
 * @param company the alias of the company it is mostly about, or null when none
 */
public record LabelledText(String text, Section section, String company) {
  public LabelledText {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    Objects.requireNonNull(section, "section");
    company = company == null || company.isBlank() ? null : company.strip();
  }
}
