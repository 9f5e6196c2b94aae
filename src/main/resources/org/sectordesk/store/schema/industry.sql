-- Metric series: company and industry KPIs, macro statistics, estimates (desk import series).
-- One row per (entity, metric, period), period is the canonical text (2024-10, 2024Q3, 2025, 2024-10-31),
-- an estimate year 2026E is stored as period 2026 with estimate = true.
CREATE TABLE IF NOT EXISTS metric_points (
  entity     VARCHAR NOT NULL,
  metric     VARCHAR NOT NULL,
  period     VARCHAR NOT NULL,
  period_end DATE    NOT NULL,
  value      DOUBLE  NOT NULL,
  unit       VARCHAR NOT NULL,
  currency   VARCHAR NOT NULL,
  source     VARCHAR NOT NULL,
  estimate   BOOLEAN NOT NULL
);
