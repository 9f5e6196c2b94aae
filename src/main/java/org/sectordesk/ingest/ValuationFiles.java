package org.sectordesk.ingest;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.LongConsumer;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.ValuationPoint;

/**
 * Reads PE-TTM series: desk CSV ({@code code,date,pe_ttm}), csindex's {@code pe} column, Shiller's monthly
 * S&amp;P 500 file (SP500 / Earnings), Wind long (市盈率TTM) and Wind wide (codes across). Sorted by code and date.
 */
public final class ValuationFiles {
  public static final Set<Layout> LAYOUTS = LayoutChoice.of(Layout.DESK, Layout.CSINDEX, Layout.SHILLER,
      Layout.WIND_LONG, Layout.WIND_WIDE);

  private ValuationFiles() {}

  public static Imported<ValuationPoint> read(Path file, Layout layout, String code, ReferenceData ref,
      LongConsumer progress) {
    return read(new ImportRequest(file, layout, code, null), ref, progress);
  }

  public static Imported<ValuationPoint> read(ImportRequest request, ReferenceData ref, LongConsumer progress) {
    return Reading.run(request, ref, progress, DataKind.VALUATION, LAYOUTS, (layout, table, ctx, out) -> {
      switch (layout) {
        case DESK: DeskLayout.valuation(table, ctx, out); break;
        case CSINDEX: CsindexLayout.valuation(table, ctx, out); break;
        case SHILLER: ShillerLayout.valuation(table, ctx, out); break;
        case WIND_LONG: WindLongLayout.valuation(table, ctx, out); break;
        case WIND_WIDE: WindWideLayout.valuation(table, ctx, out); break;
        default: throw new IllegalStateException("no valuation reader for " + layout);
      }
    }, null);
  }
}
