-- Market data. One row per security and trading day; a later import of the same key replaces the row.
CREATE TABLE IF NOT EXISTS bars (
  code      VARCHAR NOT NULL,
  date      DATE    NOT NULL,
  open      DOUBLE,
  high      DOUBLE,
  low       DOUBLE,
  close     DOUBLE  NOT NULL,
  adj_close DOUBLE  NOT NULL,
  volume    DOUBLE,
  currency  VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS fx_rates (
  date  DATE    NOT NULL,
  base  VARCHAR NOT NULL,
  quote VARCHAR NOT NULL,
  rate  DOUBLE  NOT NULL
);
CREATE TABLE IF NOT EXISTS capitalisation (
  code       VARCHAR NOT NULL,
  date       DATE    NOT NULL,
  shares     DOUBLE,
  market_cap DOUBLE
);
CREATE TABLE IF NOT EXISTS valuation (
  code   VARCHAR NOT NULL,
  date   DATE    NOT NULL,
  pe_ttm DOUBLE  NOT NULL
);
CREATE TABLE IF NOT EXISTS import_log (
  imported_at TIMESTAMP NOT NULL,
  kind        VARCHAR   NOT NULL,
  file        VARCHAR   NOT NULL,
  sha256      VARCHAR   NOT NULL,
  rows_read   BIGINT    NOT NULL,
  inserted    BIGINT    NOT NULL,
  replaced    BIGINT    NOT NULL
);
