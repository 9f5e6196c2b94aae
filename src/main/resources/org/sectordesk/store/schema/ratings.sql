-- Published ratings. One row per (code, date), a rating holds until the next one on the same code.
CREATE TABLE IF NOT EXISTS ratings (
  date         DATE    NOT NULL,
  code         VARCHAR NOT NULL,
  scheme       VARCHAR NOT NULL,
  tier         VARCHAR NOT NULL,
  target_price DOUBLE,
  analyst      VARCHAR NOT NULL,
  title        VARCHAR NOT NULL
);
