-- The team's EPS forecasts. A forecast for (code, fiscal_year) is in force from as_of until a later one, old ones stay.
-- One row per (code, fiscal_year, as_of), re-importing the same key replaces the row.
CREATE TABLE IF NOT EXISTS estimates (
  code           VARCHAR NOT NULL,
  fiscal_year    INTEGER NOT NULL,
  as_of          DATE    NOT NULL,
  eps            DOUBLE  NOT NULL,
  currency       VARCHAR NOT NULL,
  per_ads        DOUBLE,
  revenue        DOUBLE,
  adj_net_profit DOUBLE
);
