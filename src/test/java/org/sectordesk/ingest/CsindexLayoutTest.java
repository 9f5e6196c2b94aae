package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectordesk.ingest.Fixtures.file;
import static org.sectordesk.ingest.Fixtures.messages;
import static org.sectordesk.ingest.Fixtures.ref;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.ValuationPoint;

class CsindexLayoutTest {

  @Test
  void barsDropTheNewYearHolidayCopy() {
    Imported<Bar> r = BarFiles.read(file("csindex-holiday-copy.csv"), Layout.AUTO, "000300.SH", ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).extracting(Bar::date).containsExactly(
        LocalDate.of(2015, 1, 5), LocalDate.of(2015, 1, 6), LocalDate.of(2015, 1, 7));
    Bar first = r.values().get(0);
    assertThat(first.close()).isEqualTo(3641.54);
    assertThat(first.volume()).as("amount_yi is turnover, not volume").isNaN();
    assertThat(first.currency()).isEqualTo("CNY");
    assertThat(r.notes()).containsExactly("dropped 1 row: holiday copy (a non-trading day repeating the next trading"
        + " day's values) (2015-01-01)");
  }

  @Test
  void valuationFromThePeColumn() {
    Imported<ValuationPoint> r = ValuationFiles.read(file("csindex-holiday-copy.csv"), Layout.AUTO, "000300.SH", ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).extracting(ValuationPoint::peTtm).containsExactly(14.28, 14.29, 14.31);
    assertThat(r.values().get(0).date()).isEqualTo(LocalDate.of(2015, 1, 5));
  }

  @Test
  void badPeIsAProblem() {
    Imported<ValuationPoint> r = ValuationFiles.read(file("csindex-bad-pe.csv"), Layout.CSINDEX, "000300.SH", ref(), null);
    assertThat(messages(r)).containsExactly("csindex-bad-pe.csv:3 [pe] '12.6x' is not a number");
  }

  @Test
  void nonTradingDays() {
    assertThat(CsindexLayout.nonTrading(LocalDate.of(2015, 1, 1))).isTrue();
    assertThat(CsindexLayout.nonTrading(LocalDate.of(2024, 11, 30))).isTrue();
    assertThat(CsindexLayout.nonTrading(LocalDate.of(2024, 11, 29))).isFalse();
  }
}
