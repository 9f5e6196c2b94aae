package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectordesk.ingest.Fixtures.file;
import static org.sectordesk.ingest.Fixtures.messages;
import static org.sectordesk.ingest.Fixtures.ref;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.Bar;

class YahooLayoutTest {

  private static Imported<Bar> read(String name, String code) {
    return BarFiles.read(file(name), Layout.AUTO, code, ref(), null);
  }

  @Test
  void classicLayoutOfAnIndexKeepsZeroVolumeRows() {
    Imported<Bar> r = read("yahoo-classic.csv", "IXIC.GI");
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).hasSize(4);
    Bar oct = r.values().get(0);
    Bar nov = r.values().get(3);
    assertThat(nov.adjClose() / oct.adjClose() - 1).isCloseTo(0.0621, org.assertj.core.data.Offset.offset(0.00005));
    assertThat(r.values().get(2).volume()).isZero();
  }

  @Test
  void reorderedLayoutKeepsHalfDayClosesButDropsHolidayCopiesAndRowsWithoutPrice() {
    // yfinance gives half-day sessions (24 and 31 December) as zero-volume flat rows: their closes are real
    // and kept; a flat zero-volume row repeating the previous close (26 December, a holiday) is a copy
    Imported<Bar> r = read("yahoo-reordered-holiday.csv", "0700.HK");
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).extracting(Bar::date).containsExactly(LocalDate.of(2024, 12, 23),
        LocalDate.of(2024, 12, 24), LocalDate.of(2024, 12, 27), LocalDate.of(2024, 12, 30),
        LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 2));
    assertThat(r.values().get(4).adjClose()).isEqualTo(416.17);
    Bar first = r.values().get(0);
    assertThat(first.adjClose()).as("the reordered files' closes are already adjusted").isEqualTo(426.87);
    assertThat(first.hasRawClose()).as("so the raw close is unknown").isFalse();
    assertThat(first.close()).isNaN();
    assertThat(first.open()).isNaN();
    assertThat(r.notes()).hasSize(3).contains(
        "dropped 1 row: zero volume, open = high = low = close and the previous close repeated (a yfinance holiday copy)"
            + " (2024-12-26)",
        "dropped 1 row: no price on the row (a day without trading) (line 9)");
    assertThat(r.notes()).anyMatch(n -> n.startsWith("prices of 0700.HK are adjusted only"));
  }

  @Test
  void historyLayoutReadsDatesWithTimeZones() {
    Imported<Bar> r = read("yahoo-history-tz.csv", "3690.HK");
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).extracting(Bar::date).containsExactly(LocalDate.of(2024, 11, 27),
        LocalDate.of(2024, 11, 28), LocalDate.of(2024, 11, 29));
    assertThat(r.values().get(2).adjClose()).isEqualTo(134.4);
    assertThat(r.values().get(2).close()).as("yfinance history() prices are adjusted: no raw close").isNaN();
    assertThat(r.values().get(2).volume()).isEqualTo(4_200_000);
  }

  @Test
  void multiHeaderSkipsTheTickerAndDateLines() {
    Imported<Bar> r = read("yahoo-multiheader.csv", "SPX.GI");
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).hasSize(3);
    assertThat(r.values().get(0).date()).isEqualTo(LocalDate.of(2024, 10, 31));
    assertThat(r.values().get(2).adjClose() / r.values().get(0).adjClose() - 1)
        .isCloseTo(0.0573, org.assertj.core.data.Offset.offset(0.00005));
  }

  @Test
  void yahooSymbolIsNotACodeSoCodeIsRequired() {
    Imported<Bar> r = read("yahoo-multiheader.csv", null);
    assertThat(messages(r)).containsExactly("yahoo-multiheader.csv [code] the file holds one security and has no code"
        + " column (its Yahoo symbol ^SPX is not a workspace code): give --code CODE, the workspace code of the security");
  }

  @Test
  void webTableCopyWithBomCrlfNbspUsDatesNewestFirstDuplicatesAndEvents() {
    Imported<Bar> r = read("su-style-nbsp-mdy.csv", "META.O");
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).extracting(Bar::date).containsExactly(
        LocalDate.of(2024, 11, 26), LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 29));
    Bar last = r.values().get(2);
    assertThat(last.close()).as("Close (unadjusted)").isEqualTo(574.32);
    assertThat(last.adjClose()).isEqualTo(571.56);
    assertThat(last.volume()).isEqualTo(7_478_600);
    assertThat(r.values().get(0).open()).as("thousands separators").isEqualTo(1567.00);
    assertThat(r.notes()).containsExactlyInAnyOrder(
        "dropped 1 row: no price on the row (a day without trading) (line 3)",
        "dropped 1 row: dividend or split event row (line 6)",
        "dropped 1 row: blank row (line 8)",
        "dropped 1 row: exact duplicate of an earlier row (line 5)");
  }

  @Test
  void namedLayoutWorksWithoutDetection() {
    Imported<Bar> r = BarFiles.read(file("yahoo-classic.csv"), Layout.YAHOO, "IXIC.GI", ref(), null);
    assertThat(r.ok()).isTrue();
    assertThat(r.values()).hasSize(4);
  }
}
