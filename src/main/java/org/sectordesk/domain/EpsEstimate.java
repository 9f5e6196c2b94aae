package org.sectordesk.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The team's forecast for one company and fiscal year, published on {@code asOf}. A later forecast for the
 * same code and year supersedes this one from its own {@code asOf}; this one stays in the history.
 *
 * @param eps          earnings per share for the fiscal year, in {@code currency}; may be negative or zero
 * @param perAds       ordinary shares per ADS when the security quotes ADSs and {@code eps} is per ordinary
 *                     share ({@code NaN} when the EPS is already per traded unit)
 * @param revenue      revenue forecast in {@code currency}, {@code NaN} when not given
 * @param adjNetProfit adjusted net profit forecast in {@code currency}, {@code NaN} when not given
 */
public record EpsEstimate(String code, int fiscalYear, double eps, String currency, LocalDate asOf,
    double perAds, double revenue, double adjNetProfit) {

  public EpsEstimate {
    code = SecurityCodes.normalise(code);
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(asOf, "asOf");
    currency = currency.trim().toUpperCase(Locale.ROOT);
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency of the " + code + " estimate must be an ISO code like CNY, got '" + currency + "'");
    }
    if (fiscalYear < 1990 || fiscalYear > 2100) {
      throw new IllegalArgumentException("fiscal year of the " + code + " estimate must be between 1990 and 2100, got " + fiscalYear);
    }
    if (Double.isNaN(eps) || Double.isInfinite(eps)) {
      throw new IllegalArgumentException("EPS of " + code + " " + fiscalYear + " must be a number, got " + eps);
    }
    if (!Double.isNaN(perAds) && !(perAds > 0 && !Double.isInfinite(perAds))) {
      throw new IllegalArgumentException("per-ADS ratio of " + code + " must be positive, got " + perAds);
    }
    if (Double.isInfinite(revenue) || Double.isInfinite(adjNetProfit)) {
      throw new IllegalArgumentException("revenue and adjusted net profit of " + code + " must be finite");
    }
  }

  /** An EPS-only estimate. */
  public static EpsEstimate of(String code, int fiscalYear, double eps, String currency, LocalDate asOf) {
    return new EpsEstimate(code, fiscalYear, eps, currency, asOf, Double.NaN, Double.NaN, Double.NaN);
  }

  /** EPS per traded unit: per ADS when {@code perAds} is given, else as stated. */
  public double epsPerTradedUnit() {
    return Double.isNaN(perAds) ? eps : eps * perAds;
  }
}
