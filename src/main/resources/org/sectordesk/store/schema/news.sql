-- News items, human section labels and company announcements.
-- One row per item id (hash of the URL, or of title and body). A re-import of the same item
-- changes nothing, a changed item with the same URL replaces the row (its label is kept).
CREATE TABLE IF NOT EXISTS news_items (
  id              VARCHAR NOT NULL,
  content_hash    VARCHAR NOT NULL,
  date            DATE    NOT NULL,
  date_from_text  BOOLEAN NOT NULL,
  published_at    TIMESTAMP,
  title           VARCHAR NOT NULL,
  body            VARCHAR NOT NULL,
  source          VARCHAR NOT NULL,
  url             VARCHAR NOT NULL,
  section         VARCHAR NOT NULL,
  companies       VARCHAR NOT NULL,
  models          VARCHAR NOT NULL,
  imported_from   VARCHAR NOT NULL
);
-- day or month (an item that names only its month is dated the month's first day)
ALTER TABLE news_items ADD COLUMN IF NOT EXISTS date_precision VARCHAR DEFAULT 'day';
-- the sentence embedding computed at import: little-endian float32, unit length
ALTER TABLE news_items ADD COLUMN IF NOT EXISTS embedding BLOB;
CREATE TABLE IF NOT EXISTS news_labels (
  id          VARCHAR   NOT NULL,
  section     VARCHAR   NOT NULL,
  labelled_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS announcements (
  time   TIMESTAMP NOT NULL,
  code   VARCHAR   NOT NULL,
  name   VARCHAR   NOT NULL,
  title  VARCHAR   NOT NULL,
  url    VARCHAR   NOT NULL
)
