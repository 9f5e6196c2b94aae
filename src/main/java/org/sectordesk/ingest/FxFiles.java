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
    }, (rates, ctx) -> notePairJumps(rates, ctx.problems));
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
