package org.sectordesk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A thematic deck, ready to render: a cover (title, subtitle, house, date, an optional note such as the SAMPLE
 * label), then slides in order: section dividers and content slides. Page numbers are the slide's place (the
 * cover is page 1).
 */
public record Deck(String title, String subtitle, String house, LocalDate date, Lang lang, HouseStyle style,
    String note, List<Slide> slides) {

  public Deck {
    Objects.requireNonNull(title, "title");
    subtitle = subtitle == null ? "" : subtitle;
    Objects.requireNonNull(house, "house");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(style, "style");
    note = note == null ? "" : note;
    slides = List.copyOf(Objects.requireNonNull(slides, "slides"));
  }

  /** A slide after the cover. */
  public sealed interface Slide permits Divider, Content {}

  /** A section divider: 【01】 and the section's title. */
  public record Divider(int number, String title) implements Slide {
    public Divider {
      Objects.requireNonNull(title, "title");
    }

    public String label() {
      return String.format("【%02d】", number);
    }
  }

  /**
   * A content slide: its headline (the slide's message), one or two blocks (charts, tables, a sentence) and the
   * source line.
   */
  public record Content(String headline, List<Block> blocks, String source) implements Slide {
    public Content {
      Objects.requireNonNull(headline, "headline");
      blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
      source = source == null ? "" : source;
    }
  }

  /** How many content slides the deck has. */
  public long contentSlides() {
    return slides.stream().filter(s -> s instanceof Content).count();
  }
}
