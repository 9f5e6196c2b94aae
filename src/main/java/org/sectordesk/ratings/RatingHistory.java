package org.sectordesk.ratings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectordesk.domain.PublishedRating;

/** Every rating per name in date order: a rating holds from its date until the next rating on the same name. */
public final class RatingHistory {
  private final Map<String, List<PublishedRating>> byCode = new HashMap<>();

  public RatingHistory(List<PublishedRating> ratings) {
    for (PublishedRating r : ratings) {
      byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r);
    }
    byCode.values().forEach(l -> l.sort(Comparator.comparing(PublishedRating::date)));
  }

  /** The rating in force on {@code day}: the latest on or before it. */
  public Optional<PublishedRating> inForce(String code, LocalDate day) {
    List<PublishedRating> l = byCode.get(code);
    if (l == null) {
      return Optional.empty();
    }
    PublishedRating found = null;
    for (PublishedRating r : l) {
      if (r.date().isAfter(day)) {
        break;
      }
      found = r;
    }
    return Optional.ofNullable(found);
  }

  /** The date the rating was replaced by the next one on the same name, if any. */
  public Optional<LocalDate> replacedOn(PublishedRating rating) {
    List<PublishedRating> l = byCode.getOrDefault(rating.code(), List.of());
    for (PublishedRating r : l) {
      if (r.date().isAfter(rating.date())) {
        return Optional.of(r.date());
      }
    }
    return Optional.empty();
  }
}
