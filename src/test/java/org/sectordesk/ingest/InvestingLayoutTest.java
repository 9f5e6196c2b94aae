package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectordesk.ingest.Fixtures.file;
import static org.sectordesk.ingest.Fixtures.messages;
import static org.sectordesk.ingest.Fixtures.ref;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.Bar;

class InvestingLayoutTest {

  @Test
  void readsQuotedNumbersSuffixedVolumesAndShortDatesNewestFirst() {
    Imported<Bar> r = BarFiles.read(file("investing-newest-first.csv"), Layout.AUTO, "HSTECH.HI", ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).extracting(Bar::date).containsExactly(
        LocalDate.of(2024, 11, 8), LocalDate.of(2024, 11, 12), LocalDate.of(2024, 11, 13));
    Bar last = r.values().get(2);
    assertThat(last.close()).isEqualTo(4443.01);
    assertThat(last.open()).isEqualTo(4397.32);
    assertThat(last.high()).isEqualTo(4443.35);
    assertThat(last.low()).isEqualTo(4363.62);
    assertThat(last.volume()).isEqualTo(940.97e6, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(r.values().get(1).volume()).isEqualTo(1.57e9, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(r.values().get(0).volume()).as("'-' is no volume").isNaN();
    assertThat(r.notes()).containsExactly("the change column agrees with the closes on all 2 days checked");
  }

  @Test
  void changeColumnThatDisagreesWithTheClosesIsNoted() {
    Imported<Bar> r = BarFiles.read(file("investing-change-mismatch.csv"), Layout.INVESTING, "HSTECH.HI", ref(), null);
    assertThat(r.ok()).isTrue();
    assertThat(r.notes()).containsExactly("the change column disagrees with the closes of HSTECH.HI on 1 of 2 days"
        + " (2024-11-13: closes give -4.49%, the file says -0.31%): a row may be missing or wrong");
  }

  @Test
  void weeklyExportIsRejected() {
    Imported<Bar> r = BarFiles.read(file("investing-weekly.csv"), Layout.AUTO, "HSTECH.HI", ref(), null);
    assertThat(r.values()).isEmpty();
    assertThat(messages(r)).containsExactly("investing-weekly.csv [date] the rows of HSTECH.HI are 7 days apart"
        + " (median), so this is weekly data, not daily bars; import a daily export instead (weekly closes stored"
        + " as daily bars would corrupt every return)");
  }
}
