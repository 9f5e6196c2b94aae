package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectordesk.ingest.Fixtures.file;
import static org.sectordesk.ingest.Fixtures.messages;
import static org.sectordesk.ingest.Fixtures.ref;

import java.time.LocalDate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.ValuationPoint;

class ValuationFilesTest {

  @Test
  void deskValuationKeepsNegativePe() {
    Imported<ValuationPoint> r = ValuationFiles.read(file("valuation-desk.csv"), Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).containsExactly(
        new ValuationPoint("000300.SH", LocalDate.of(2024, 11, 29), 12.68),
        new ValuationPoint("HSTECH.HI", LocalDate.of(2024, 11, 27), -4.5),
        new ValuationPoint("HSTECH.HI", LocalDate.of(2024, 11, 28), 19.6),
        new ValuationPoint("HSTECH.HI", LocalDate.of(2024, 11, 29), 19.8));
  }

  @Test
  void shillerPeTtmIsPriceOverTrailingEarningsAndRowsWithoutEarningsAreSkipped() {
    Imported<ValuationPoint> r = ValuationFiles.read(file("shiller-monthly.csv"), Layout.AUTO, "SPX.GI", ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).hasSize(2);
    assertThat(r.values().get(1).date()).isEqualTo(LocalDate.of(2023, 6, 1));
    assertThat(r.values().get(1).peTtm()).isCloseTo(4345.37 / 181.17, Offset.offset(1e-12));
    assertThat(r.notes()).containsExactly(
        "dropped 2 rows: no earnings on the row (Earnings is 0 or empty), so no PE-TTM (2023-07-01, 2024-11-01)",
        "PE-TTM derived as SP500 / Earnings up to 2023-06-01; rows from 2023-07-01 to 2024-11-01 have no earnings"
            + " and were skipped");
  }

  @Test
  void shillerNeedsACode() {
    Imported<ValuationPoint> r = ValuationFiles.read(file("shiller-monthly.csv"), Layout.SHILLER, null, ref(), null);
    assertThat(messages(r)).containsExactly("shiller-monthly.csv [code] the file holds one security and has no code"
        + " column (Shiller's file is the S&P 500 composite): give --code CODE, the workspace code of the security");
  }
}
