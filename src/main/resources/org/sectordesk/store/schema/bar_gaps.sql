-- Where each code's bars stop for a while: every bar that is followed by no bar of its code for more than
-- 40 days (a suspension, a hole in the data), and every code's last bar (next_date NULL). A period review
-- reads the bars of a window from 40 days before the period start; a name without a bar in that window
-- carries the close of its row here, so the review never scans the older history. Every bar import keeps
-- the table in step inside its own transaction (DuckDbMarketStore.GAP_DAYS is the 40 below).
CREATE TABLE IF NOT EXISTS bar_gaps (
  code      VARCHAR NOT NULL,
  date      DATE    NOT NULL,
  close     DOUBLE  NOT NULL,
  adj_close DOUBLE  NOT NULL,
  next_date DATE
);
-- an existing workspace: derived once from the bars it holds
DELETE FROM bar_gaps;
INSERT INTO bar_gaps SELECT code, date, close, adj_close, next_date FROM (SELECT code, date, close, adj_close,
  lead(date) OVER (PARTITION BY code ORDER BY date) AS next_date FROM bars)
  WHERE next_date IS NULL OR next_date - date > 40;
