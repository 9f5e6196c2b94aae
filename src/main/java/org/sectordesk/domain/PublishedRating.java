package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rating the team published: on {@code date}, under the house {@code scheme}, {@code code} (a company or
 * an industry index) was given {@code tier}. It holds until the next rating on the same code.
 *
 * @param scheme      rating scheme id, e.g. {@code guosen}
 * @param tier        the scheme's own tier name, e.g. 优于大市
 * @param targetPrice target price in the trading currency, {@code NaN} when none was given
 * @param analyst     the publishing analyst; may be empty
 * @param title       the report's title; may be empty
 */
public record PublishedRating(LocalDate date, String code, String scheme, String tier, double targetPrice,
    String analyst, String title) {

  public PublishedRating {
    Objects.requireNonNull(date, "date");
    code = SecurityCodes.normalise(code);
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(tier, "tier");
    scheme = scheme.trim();
    tier = tier.trim();
    if (scheme.isEmpty()) {
      throw new IllegalArgumentException("scheme of the " + code + " rating on " + date + " is empty");
    }
    if (tier.isEmpty()) {
      throw new IllegalArgumentException("tier of the " + code + " rating on " + date + " is empty");
    }
    if (!Double.isNaN(targetPrice) && !(targetPrice > 0 && !Double.isInfinite(targetPrice))) {
      throw new IllegalArgumentException("target price of " + code + " on " + date + " must be positive, got " + targetPrice);
    }
    analyst = analyst == null ? "" : analyst.trim();
    title = title == null ? "" : title.trim();
  }

  public static PublishedRating of(LocalDate date, String code, String scheme, String tier) {
    return new PublishedRating(date, code, scheme, tier, Double.NaN, "", "");
  }
}
