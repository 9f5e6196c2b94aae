package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectordesk.ingest.Fixtures.file;
import static org.sectordesk.ingest.Fixtures.messages;
import static org.sectordesk.ingest.Fixtures.ref;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.Capitalisation;

class CapitalisationFilesTest {

  @Test
  void deskSharesAndMarketCap() {
    Imported<Capitalisation> r = CapitalisationFiles.read(file("shares-desk.csv"), Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).containsExactly(
        new Capitalisation("0700.HK", LocalDate.of(2024, 6, 28), 9_384_000_000d, 3.5e12),
        Capitalisation.shares("0700.HK", LocalDate.of(2024, 11, 29), 9_281_000_000d),
        Capitalisation.marketCap("IQ.O", LocalDate.of(2024, 11, 29), 2_110_000_000d));
  }

  @Test
  void neitherSharesNorMarketCapColumn() {
    Imported<Capitalisation> r = CapitalisationFiles.read(file("shares-missing-column.csv"), Layout.DESK, null, ref(), null);
    assertThat(messages(r)).containsExactly("shares-missing-column.csv:1 [shares] missing required column 'shares' or"
        + " 'market_cap' (named shares or market_cap); the header has: code, date, float");
  }
}
