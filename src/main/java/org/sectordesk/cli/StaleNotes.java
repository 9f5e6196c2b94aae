package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.desk.view.ReviewView;

/** The lines that tell the analyst which series stop before the period's last trading day. */
final class StaleNotes {
  static final String MARK = "†";
  static final String ADJUSTED_MARK = "§";

  private StaleNotes() {}

  /** One line per stale benchmark or name of a review, for standard error. */
  static List<String> lines(ReviewView review) {
    List<String> out = new ArrayList<>();
    for (ReviewView.Benchmark b : review.benchmarks()) {
      if (b.isStale()) {
        out.add(line(b.code(), b.name(), b.dataThrough(), review) + "; names measured against it have no gap");
      }
    }
    for (ReviewView.Row r : review.rows()) {
      if (r.isStale()) {
        out.add(line(r.code(), r.name(), r.dataThrough(), review));
      } else if (r.isYtdStale()) {
        out.add(line(r.code(), r.name(), r.dataThrough(), review) + " (YTD)");
      }
      if (Boolean.TRUE.equals(r.fxStale())) {
        out.add("warning: " + r.code() + " market cap uses " + r.currency() + " FX of "
            + r.fxDate() + " (" + r.fxSource() + ", " + r.fxAgeDays() + " days old)");
      }
    }
    return out;
  }

  private static String line(String code, String name, java.time.LocalDate dataThrough, ReviewView review) {
    return "stale: " + code + " " + name + " data ends " + dataThrough + ", before the last trading day of "
        + review.period().start() + ".." + review.period().end() + ": no return";
  }

  static void print(PrintWriter err, ReviewView review) {
    lines(review).forEach(err::println);
    err.flush();
  }

  /** Footnotes under a table: what the mark means, one line per stale name. */
  static void footnotes(PrintWriter out, ReviewView review) {
    List<String> lines = new ArrayList<>();
    for (ReviewView.Benchmark b : review.benchmarks()) {
      if (b.isStale()) {
        lines.add(b.name() + " (" + b.code() + ") data through " + b.dataThrough());
      }
    }
    for (ReviewView.Row r : review.rows()) {
      if (r.isStale() || r.isYtdStale()) {
        lines.add(r.name() + " (" + r.code() + ") data through " + r.dataThrough());
      }
    }
    if (!lines.isEmpty()) {
      out.println(MARK + " stale: the data ends before the period's last trading day; no return is shown. "
          + String.join("; ", lines));
    }
    List<String> adjusted = review.rows().stream().filter(ReviewView.Row::isAdjustedOnly)
        .map(r -> r.name() + " (" + r.code() + ")").toList();
    if (!adjusted.isEmpty()) {
      out.println(ADJUSTED_MARK + " adjusted prices only (price_basis adjusted): returns are on adjusted closes; the raw"
          + " close and a market cap from it are unknown and not shown. " + String.join("; ", adjusted));
    }
  }
}
