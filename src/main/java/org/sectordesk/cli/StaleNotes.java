package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.analytics.MarketReview;
import org.sectordesk.analytics.PeriodReturn;
import org.sectordesk.analytics.ReviewRow;

/** The lines that tell the analyst which series stop before the period's last trading day. */
final class StaleNotes {
  static final String MARK = "†";

  private StaleNotes() {}

  /** One line per stale benchmark or name of a review, for standard error. */
  static List<String> lines(MarketReview review) {
    List<String> out = new ArrayList<>();
    for (MarketReview.BenchmarkReturn b : review.benchmarks()) {
      if (b.periodReturn().isStale()) {
        out.add(line(b.index().code(), b.index().displayName(), b.periodReturn(), review)
            + "; names measured against it have no gap");
      }
    }
    for (ReviewRow r : review.rows()) {
      if (r.periodReturn().isStale()) {
        out.add(line(r.security().code(), r.security().displayName(), r.periodReturn(), review));
      } else if (r.ytd().isStale()) {
        out.add(line(r.security().code(), r.security().displayName(), r.ytd(), review) + " (YTD)");
      }
      if (r.fx() != null && r.fx().stale()) {
        out.add("warning: " + r.security().code() + " market cap uses " + r.security().currency() + " FX of "
            + r.fx().date() + " (" + r.fx().source() + ", " + r.fx().ageDays() + " days old)");
      }
    }
    return out;
  }

  private static String line(String code, String name, PeriodReturn r, MarketReview review) {
    return "stale: " + code + " " + name + " data ends " + r.dataThrough() + ", before the last trading day of "
        + review.period().start() + ".." + review.period().end() + ": no return";
  }

  static void print(PrintWriter err, MarketReview review) {
    lines(review).forEach(err::println);
    err.flush();
  }

  /** Footnotes under a table: what the mark means, one line per stale name. */
  static void footnotes(PrintWriter out, MarketReview review) {
    List<String> lines = new ArrayList<>();
    for (MarketReview.BenchmarkReturn b : review.benchmarks()) {
      if (b.periodReturn().isStale()) {
        lines.add(b.index().displayName() + " (" + b.index().code() + ") data through " + b.periodReturn().dataThrough());
      }
    }
    for (ReviewRow r : review.rows()) {
      PeriodReturn p = r.periodReturn().isStale() ? r.periodReturn() : r.ytd().isStale() ? r.ytd() : null;
      if (p != null) {
        lines.add(r.security().displayName() + " (" + r.security().code() + ") data through " + p.dataThrough());
      }
    }
    if (!lines.isEmpty()) {
      out.println(MARK + " stale: the data ends before the period's last trading day; no return is shown. "
          + String.join("; ", lines));
    }
  }
}
