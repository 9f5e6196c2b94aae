package org.sectordesk.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.ReferenceData;

/**
 * Reads FX rates: desk CSV ({@code date,base,quote,rate}), Yahoo ({@code CNY=X}, USD/CNY), FRED monthly
 * ({@code Date,Country,Exchange rate}) and Wind wide sheets (pairs across). Sorted by pair and date.
 */
public final class FxFiles {
  public static final Set<Layout> LAYOUTS = LayoutChoice.of(Layout.DESK, Layout.YAHOO, Layout.FRED, Layout.WIND_WIDE);

  private FxFiles() {}

  /** @param pair the pair of a single-pair file ({@code --code USDCNY}), or null */
  public static Imported<FxRate> read(Path file, Layout layout, String pair, ReferenceData ref, LongConsumer progress) {
    return read(new ImportRequest(file, layout, pair, null), ref, progress);
  }

  public static Imported<FxRate> read(ImportRequest request, ReferenceData ref, LongConsumer progress) {
    return Reading.run(request, ref, progress, DataKind.FX, LAYOUTS, (layout, table, ctx, out) -> {
      switch (layout) {
        case DESK: DeskLayout.fx(table, ctx, out); break;
        case YAHOO: YahooLayout.fx(table, ctx, out); break;
        case FRED: FredLayout.fx(table, ctx, out); break;
        case WIND_WIDE: WindWideLayout.fx(table, ctx, out); break;
        default: throw new IllegalStateException("no FX reader for " + layout);
      }
    }, (rates, ctx) -> {
      inversesAgree(rates, ctx);
      notePairJumps(rates, ctx.problems);
    });
  }

  /** The most a rate times its inverse's rate on the same day may differ from 1 (a bid/ask spread, rounding). */
  public static final double INVERSE_TOLERANCE = 0.01;

  /**
   * A pair and its inverse quoted on the same day must agree: USD/CNY 7.24 and CNY/USD 0.20 cannot both be
   * true. Null when they agree; else the message.
   */
  public static String inverseDisagreement(FxRate a, FxRate inverse) {
    double product = a.rate() * inverse.rate();
    if (Math.abs(product - 1) <= INVERSE_TOLERANCE) {
      return null;
    }
    return inverse.pair() + " " + inverse.rate() + " on " + inverse.date() + " disagrees with " + a.pair() + " "
        + a.rate() + " (their product is " + String.format(java.util.Locale.ROOT, "%.4f", product)
        + ", it must be 1 within " + (int) (INVERSE_TOLERANCE * 100) + "%)";
  }

  private static void inversesAgree(List<FxRate> rates, ReadContext ctx) {
    java.util.Map<String, FxRate> byKey = new java.util.HashMap<>();
    for (FxRate r : rates) {
      byKey.put(r.pair() + "|" + r.date(), r);
    }
    for (FxRate r : rates) {
      if (r.base().compareTo(r.quote()) < 0) {
        continue;   // each pair of inverses once, from the side whose base sorts last
      }
      FxRate inverse = byKey.get(r.quote() + "/" + r.base() + "|" + r.date());
      if (inverse == null) {
        continue;
      }
      String wrong = inverseDisagreement(inverse, r);
      if (wrong != null) {
        String where = ctx.places.getOrDefault(r.pair() + "|" + r.date(), "");
        String other = ctx.places.getOrDefault(inverse.pair() + "|" + inverse.date(), "");
        ctx.problems.add(where, "rate", wrong + (other.isEmpty() ? "" : " (" + Series.place(other) + ")"));
      }
    }
  }

  /**
   * Notes a daily rate that moves by more than 5% from one quote to the next, at most a week apart (a stray quote,
   * such as Yahoo's CNY=X on 2011-07-18); monthly series are not checked.
   */
  private static void notePairJumps(List<FxRate> rates, Problems problems) {
    int start = 0;
    for (int i = 1; i <= rates.size(); i++) {
      if (i == rates.size() || !rates.get(i).pair().equals(rates.get(start).pair())) {
        Jumps.note(rates.get(start).pair(), "rate", rates.subList(start, i), FxRate::date, FxRate::rate, 1.05, 7, problems);
        start = i;
      }
    }
  }
}
