package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  private final Dates dates = new Dates();

  @Test
  void readsTheFormsVendorsWrite() {
    LocalDate d = LocalDate.of(2024, 11, 8);
    assertThat(dates.parse("2024-11-08")).isEqualTo(d);
    assertThat(dates.parse("2024-11-8")).isEqualTo(d);
    assertThat(dates.parse("2024/11/08")).isEqualTo(d);
    assertThat(dates.parse("2024.11.08")).isEqualTo(d);
    assertThat(dates.parse("20241108")).isEqualTo(d);
    assertThat(dates.parse("11/8/2024")).isEqualTo(d);
    assertThat(dates.parse("2024-11-08 00:00:00+08:00")).isEqualTo(d);
    assertThat(dates.parse("2024-11-08T16:00:00")).isEqualTo(d);
  }

  @Test
  void namesTheBadText() {
    assertThatThrownBy(() -> dates.parse("2024-13-01")).hasMessage("'2024-13-01' is not a date (there is no month 13)");
    assertThatThrownBy(() -> dates.parse("2023-02-29")).hasMessage("'2023-02-29' is not a date (February 2023 has 28 days)");
    assertThatThrownBy(() -> dates.parse("Nov 8, 2024")).hasMessage("'Nov 8, 2024' is not a date (expected YYYY-MM-DD)");
    assertThatThrownBy(() -> dates.parse("2024-11/08")).hasMessage("'2024-11/08' is not a date (expected YYYY-MM-DD)");
    assertThatThrownBy(() -> dates.parse("")).hasMessage("'' is not a date (expected YYYY-MM-DD)");
  }

  @Test
  void cachesParsedTexts() {
    assertThat(dates.parse("2024-11-29")).isSameAs(dates.parse("2024-11-29"));
  }
}
