-- Market data. One row per key (security and trading day, or currency pair and day for FX). A later
-- import of the same key replaces the row. import_id names the import that wrote the row (import_log.id).
CREATE SEQUENCE IF NOT EXISTS import_ids START 1;
CREATE TABLE IF NOT EXISTS bars (
  code      VARCHAR NOT NULL,
  date      DATE    NOT NULL,
  open      DOUBLE,
  high      DOUBLE,
  low       DOUBLE,
  close     DOUBLE  NOT NULL,
  adj_close DOUBLE  NOT NULL,
  volume    DOUBLE,
  currency  VARCHAR NOT NULL,
  import_id BIGINT  NOT NULL
);
-- One row per code with bars: kept in step with bars by every write, so that "every code", its first
-- and last day and the bar count are read without scanning ~10^8 bars.
CREATE TABLE IF NOT EXISTS bar_codes (
  code       VARCHAR NOT NULL,
  first_date DATE    NOT NULL,
  last_date  DATE    NOT NULL,
  bars       BIGINT  NOT NULL
);
CREATE TABLE IF NOT EXISTS fx_rates (
  date      DATE    NOT NULL,
  base      VARCHAR NOT NULL,
  quote     VARCHAR NOT NULL,
  rate      DOUBLE  NOT NULL,
  import_id BIGINT  NOT NULL
);
-- Each fixing keeps its feed and kind (daily / month_end / monthly_average): a second source of the same pair
-- and day is stored next to the first, never over it. Added after the first release, hence ALTER.
ALTER TABLE fx_rates ADD COLUMN IF NOT EXISTS source VARCHAR DEFAULT 'desk';
ALTER TABLE fx_rates ADD COLUMN IF NOT EXISTS kind VARCHAR DEFAULT 'daily';
CREATE TABLE IF NOT EXISTS capitalisation (
  code       VARCHAR NOT NULL,
  date       DATE    NOT NULL,
  shares     DOUBLE,
  market_cap DOUBLE,
  import_id  BIGINT  NOT NULL
);
CREATE TABLE IF NOT EXISTS valuation (
  code      VARCHAR NOT NULL,
  date      DATE    NOT NULL,
  pe_ttm    DOUBLE  NOT NULL,
  import_id BIGINT  NOT NULL
);
CREATE TABLE IF NOT EXISTS import_log (
  id          BIGINT    NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  kind        VARCHAR   NOT NULL,
  file        VARCHAR   NOT NULL,
  sha256      VARCHAR   NOT NULL,
  rows_read   BIGINT    NOT NULL,
  inserted    BIGINT    NOT NULL,
  replaced    BIGINT    NOT NULL,
  unchanged   BIGINT    NOT NULL
);
