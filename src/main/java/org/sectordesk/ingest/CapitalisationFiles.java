package org.sectordesk.ingest;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.LongConsumer;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.ReferenceData;

/**
 * Reads shares outstanding and / or market capitalisation: desk CSV ({@code code,date,shares,market_cap}) and
 * Wind long exports (总股本, 总市值, with units in brackets). Sorted by code and date.
 */
public final class CapitalisationFiles {
  public static final Set<Layout> LAYOUTS = LayoutChoice.of(Layout.DESK, Layout.WIND_LONG);

  private CapitalisationFiles() {}

  public static Imported<Capitalisation> read(Path file, Layout layout, String code, ReferenceData ref,
      LongConsumer progress) {
    return read(new ImportRequest(file, layout, code, null), ref, progress);
  }

  public static Imported<Capitalisation> read(ImportRequest request, ReferenceData ref, LongConsumer progress) {
    return Reading.run(request, ref, progress, DataKind.SHARES, LAYOUTS, (layout, table, ctx, out) -> {
      switch (layout) {
        case DESK: DeskLayout.shares(table, ctx, out); break;
        case WIND_LONG: WindLongLayout.shares(table, ctx, out); break;
        default: throw new IllegalStateException("no shares reader for " + layout);
      }
    }, null);
  }
}
