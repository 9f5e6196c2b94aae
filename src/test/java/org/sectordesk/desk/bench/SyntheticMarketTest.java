package org.sectordesk.desk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.Market;

class SyntheticMarketTest {
  @TempDir
  Path dir;

  private static SyntheticMarket market() {
    return new SyntheticMarket(60, 2, YearMonth.of(2025, 12), YearMonth.of(2025, 3), 11L);
  }

  @Test
  void theSameSeedWritesTheSameFile() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    long n = market().writeBars(a);
    market().writeBars(b);
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    assertThat(Files.readAllLines(a)).hasSize((int) n + 1);
    assertThat(Files.readAllLines(a).get(0)).isEqualTo("code,date,open,high,low,close,adj_close,volume,currency");
  }

  @Test
  void coversTheThreeMarketsAndTheIndicesWithAPeSeries() {
    SyntheticMarket m = market();
    assertThat(m.codes()).contains("HSTECH.HI", "IXIC.GI", "000300.SH");
    assertThat(m.listings()).extracting(SyntheticMarket.Listing::market).contains(Market.HK, Market.US, Market.CN);
    assertThat(m.codes()).doesNotHaveDuplicates();
    assertThat(m.valuation()).anyMatch(p -> p.code().equals("HSTECH.HI")).anyMatch(p -> p.code().equals("IXIC.GI"));
  }

  @Test
  void holidaysDifferByMarketAndWeekendsAreClosed() {
    SyntheticMarket m = market();
    LocalDate saturday = LocalDate.of(2025, 3, 8);
    assertThat(m.open(Market.HK, saturday)).isFalse();
    long differ = 0;
    for (LocalDate d = LocalDate.of(2025, 1, 2); d.isBefore(LocalDate.of(2025, 12, 31)); d = d.plusDays(1)) {
      if (m.open(Market.HK, d) != m.open(Market.US, d)) {
        differ++;
      }
    }
    assertThat(differ).isBetween(4L, 20L);
  }

  @Test
  void theReviewMonthHasANameListedInsideItAndOneSuspendedThroughIt() {
    SyntheticMarket m = market();
    LocalDate start = YearMonth.of(2025, 3).atDay(1);
    LocalDate end = YearMonth.of(2025, 3).atEndOfMonth();
    List<SyntheticMarket.Listing> listed = m.listings().stream()
        .filter(l -> l.listed().isAfter(start) && !l.listed().isAfter(end)).toList();
    List<SyntheticMarket.Listing> suspended = m.listings().stream()
        .filter(l -> l.suspendedFrom() != null && l.suspendedFrom().isBefore(start) && l.suspendedTo().isAfter(end)).toList();
    assertThat(listed).isNotEmpty();
    assertThat(suspended).isNotEmpty();
  }
}
