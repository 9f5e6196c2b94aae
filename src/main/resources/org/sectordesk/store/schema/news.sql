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
