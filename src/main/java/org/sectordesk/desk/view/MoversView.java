package org.sectordesk.desk.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectordesk.analytics.MoverRow;
import org.sectordesk.desk.MarketDesk;
import org.sectordesk.desk.json.Percent;

/** {@code desk movers}: the best and worst names of a scope over a period. */
public record MoversView(PeriodView period, String scope, int names, int withoutReturn, List<Stale> stale,
    List<Row> top, List<Row> bottom) {
  public MoversView {
    stale = List.copyOf(stale);
    top = List.copyOf(top);
    bottom = List.copyOf(bottom);
  }

  /** A name left out of the ranking because its data ends before the period's last trading day. */
  public record Stale(String code, String status, LocalDate dataThrough) {}

  /** A ranked name; market caps in 亿 of the trading currency and of the base currency. */
  public record Row(int rank, String code, String name, String market,
      @Percent @JsonProperty("return_pct") double periodReturn, double close, LocalDate closeDate, String currency,
      double mcapYi, double mcapCnyYi, String status, LocalDate dataThrough, String priceBasis) {

    /** True when the return is not an ordinary one (no trades in the period, listed in it, no data). */
    public boolean flagged() {
      return !status.equals("normal");
    }
  }

  public static MoversView of(MarketDesk.MoversTable t) {
    List<Stale> stale = MarketDesk.staleOf(t.all()).stream()
        .map(r -> new Stale(r.code(), r.status().name().toLowerCase(Locale.ROOT), r.dataThrough())).toList();
    return new MoversView(PeriodView.of(t.period()), t.scope(), t.names(), t.withoutReturn(), stale, rows(t.top()),
        rows(t.bottom()));
  }

  private static List<Row> rows(List<MoverRow> rows) {
    List<Row> out = new ArrayList<>();
    int rank = 1;
    for (MoverRow r : rows) {
      out.add(new Row(rank++, r.security().code(), r.security().displayName(), r.security().market().name(),
          r.periodReturn().value(), r.close(), r.closeDate(), r.security().currency(), r.marketCapYi(),
          r.marketCapBaseYi(), r.periodReturn().status().name().toLowerCase(Locale.ROOT), r.periodReturn().dataThrough(),
          PriceBasisNames.of(r.closeDate(), r.close())));
    }
    return out;
  }
}
