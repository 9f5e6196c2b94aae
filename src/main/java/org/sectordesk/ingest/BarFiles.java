package org.sectordesk.ingest;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.LongConsumer;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.ReferenceData;

/**
 * Reads daily bars (shares and index levels) from a file in any bar layout: desk CSV, Yahoo, investing.com,
 * csindex, Wind long or wide. Returns every bar sorted by code and date, or, when anything is wrong, no bars
 * and every problem. Weekly or monthly files are rejected: bars must be daily.
 */
public final class BarFiles {
  /** The layouts that hold bars. */
  public static final Set<Layout> LAYOUTS = LayoutChoice.of(Layout.DESK, Layout.YAHOO, Layout.INVESTING,
      Layout.CSINDEX, Layout.WIND_LONG, Layout.WIND_WIDE);

  private BarFiles() {}

  /**
   * @param file     the file
   * @param layout   its layout, or {@link Layout#AUTO}
   * @param code     the workspace code of the security a single-security file holds ({@code --code}), or null
   * @param ref      the workspace's securities: every code must be among them
   * @param progress told the bytes read so far (for a progress bar); may be null
   */
  public static Imported<Bar> read(Path file, Layout layout, String code, ReferenceData ref, LongConsumer progress) {
    return read(new ImportRequest(file, layout, code, null), ref, progress);
  }

  public static Imported<Bar> read(ImportRequest request, ReferenceData ref, LongConsumer progress) {
    return Reading.run(request, ref, progress, DataKind.BARS, LAYOUTS, (layout, table, ctx, out) -> {
      if (request.priceBasis() == PriceBasis.ADJUSTED && (layout == Layout.CSINDEX || layout == Layout.WIND_WIDE)) {
        ctx.problems.fileProblem("--price-basis", "adjusted is read from long files (desk, yahoo, investing,"
            + " wind-long), not from a " + layout.cliName() + " file");
        return;
      }
      switch (layout) {
        case DESK: DeskLayout.bars(table, ctx, out); break;
        case YAHOO: YahooLayout.bars(table, ctx, out); break;
        case INVESTING: InvestingLayout.bars(table, ctx, out); break;
        case CSINDEX: CsindexLayout.bars(table, ctx, out); break;
        case WIND_LONG: WindLongLayout.bars(table, ctx, out); break;
        case WIND_WIDE: WindWideLayout.bars(table, ctx, out); break;
        default: throw new IllegalStateException("no bar reader for " + layout);
      }
    }, (bars, ctx) -> {
      DailyCheck.check(bars, ctx.problems);
      if (!ctx.problems.any()) {
        ChangeCheck.check(bars, ctx.statedChanges, ctx.problems);
      }
    });
  }
}
