"""Baseline of the Sector Desk market benchmark: the one-month review in pandas.

usage: python3 pandas_review.py BARS_CSV START END RUNS

BARS_CSV has the columns code,date,close,adj_close; the load sorts it by date if needed.
Prints one line per figure: load_s, review_ms (one value per run), count, sum_returns.
The review follows the desk's definition: return = adjusted close of the last day on or before END
over the adjusted close of the last day before START, minus 1; a name with no close before START is
measured from its first close in the period; names without a close on or before END have none.
"""
import sys
import time

import numpy as np
import pandas as pd


def load(path):
    df = pd.read_csv(path, dtype={"code": "category", "date": "category",
                                  "close": "float64", "adj_close": "float64"})
    # dates repeat ~15,000 times each: parse the few thousand distinct ones, then take
    days = pd.to_datetime(df["date"].cat.categories, format="%Y-%m-%d")
    df["date"] = days.take(df["date"].cat.codes.to_numpy())
    if not df["date"].is_monotonic_increasing:
        # DuckDB exports in parallel; the review below slices by position, so sort once at load
        df = df.sort_values("date", kind="stable", ignore_index=True)
    return df


def review(df, start, end):
    dates = df["date"].to_numpy()
    i_start = np.searchsorted(dates, np.datetime64(start), side="left")
    i_end = np.searchsorted(dates, np.datetime64(end), side="right")
    before = df.iloc[:i_start].groupby("code", observed=True, sort=False)["adj_close"].last()
    inside = df.iloc[i_start:i_end].groupby("code", observed=True, sort=False)["adj_close"].first()
    last = df.iloc[:i_end].groupby("code", observed=True, sort=False)["adj_close"].last()
    base = before.reindex(last.index)
    base = base.fillna(inside.reindex(last.index))
    return last / base - 1.0


def main():
    path, start, end, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    t = time.perf_counter()
    df = load(path)
    print("load_s %.3f" % (time.perf_counter() - t), flush=True)
    print("rows %d" % len(df), flush=True)
    result = None
    for _ in range(runs + 1):          # the first run warms up and is not counted
        t = time.perf_counter()
        result = review(df, start, end)
        ms = (time.perf_counter() - t) * 1000
        if _ > 0:
            print("review_ms %.3f" % ms, flush=True)
    result = result.dropna()
    print("count %d" % len(result))
    print("sum_returns %.12f" % float(result.sum()))


if __name__ == "__main__":
    main()
