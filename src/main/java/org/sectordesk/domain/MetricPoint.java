package org.sectordesk.domain;

import java.util.Objects;

/**
 * One value of a metric series: the entity it describes (a security code {@code 0700.HK}, an industry or a macro
 * id such as {@code CN.PBOC}), the metric id of the workspace catalogue, the period, the value in {@code unit},
 * the currency of the value when it is money (else empty), where it comes from, and whether it is the team's (or
 * the consensus) estimate rather than a reported figure.
 */
public record MetricPoint(String entity, String metric, MetricPeriod period, double value, String unit,
    String currency, String source, boolean estimate) {

  public MetricPoint {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(period, "period");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + entity + " " + metric + " " + period + " must be finite");
    }
    unit = unit == null ? "" : unit;
    currency = currency == null ? "" : currency;
    source = source == null ? "" : source;
  }

  /** The series this point belongs to. */
  public SeriesKey series() {
    return new SeriesKey(entity, metric);
  }

  /** The period as the analyst writes it: {@code 2026E} for an estimate year. */
  public String periodText() {
    return period.text(estimate);
  }

  /** A series: one metric of one entity. */
  public record SeriesKey(String entity, String metric) {
    @Override
    public String toString() {
      return entity + " " + metric;
    }
  }
}
