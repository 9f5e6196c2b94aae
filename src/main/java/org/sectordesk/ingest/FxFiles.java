package org.sectordesk.ingest;

import java.nio.file.Path;
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
    }, null);
  }
}
