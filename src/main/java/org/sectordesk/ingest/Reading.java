package org.sectordesk.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.sectordesk.domain.ReferenceData;

/** The frame every read shares: open the table, settle the layout, read, sort and check duplicates. */
final class Reading {
  private Reading() {}

  interface LayoutReader<T> {
    void read(Layout layout, PeekTable table, ReadContext ctx, Series<T> out) throws IOException;
  }

  interface Check<T> {
    void check(List<T> values, ReadContext ctx);
  }

  static <T> Imported<T> run(ImportRequest request, ReferenceData ref, LongConsumer progress, DataKind kind,
      Set<Layout> supported, LayoutReader<T> reader, Check<T> check) {
    ReadContext ctx = new ReadContext(request, ref, kind == DataKind.VALUATION ? DateWindow.VALUATION : DateWindow.MARKET);
    Series<T> series = new Series<>();
    try (Table opened = Tables.open(request, ctx.problems, progress)) {
      if (opened == null) {
        return ctx.problems.result(List.of());
      }
      PeekTable table = new PeekTable(opened);
      Layout layout = LayoutChoice.choose(request.layout(), table, kind, supported, ctx.problems);
      if (layout == null) {
        return ctx.problems.result(List.of());
      }
      reader.read(layout, table, ctx, series);
    } catch (IOException | java.io.UncheckedIOException e) {
      ctx.problems.fileProblem("file", "cannot read " + request.file() + ": " + e.getMessage());
      return ctx.problems.result(List.of());
    }
    List<T> values = series.finish(ctx.problems);
    ctx.places = series.places();
    if (check != null) {
      check.check(values, ctx);
    }
    if (values.isEmpty() && !ctx.problems.any()) {
      ctx.problems.fileProblem("rows", "the file holds no " + kind.cliName() + " rows");
    }
    return ctx.problems.result(values);
  }
}
