package org.sectordesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetricPeriodTest {

  @Test
  void readsEveryKindOfPeriod() {
    assertThat(MetricPeriod.parse("2024-10").period()).isEqualTo(MetricPeriod.month(2024, 10));
    assertThat(MetricPeriod.parse("2024Q3").period()).isEqualTo(MetricPeriod.quarter(2024, 3));
    assertThat(MetricPeriod.parse("2024-q3").period()).isEqualTo(MetricPeriod.quarter(2024, 3));
    assertThat(MetricPeriod.parse("2025")).isEqualTo(new MetricPeriod.Parsed(MetricPeriod.year(2025), false));
    assertThat(MetricPeriod.parse("2026E")).isEqualTo(new MetricPeriod.Parsed(MetricPeriod.year(2026), true));
    assertThat(MetricPeriod.parse("2024-10-31").period()).isEqualTo(MetricPeriod.day(LocalDate.of(2024, 10, 31)));
    assertThat(MetricPeriod.parse("2024-5-1").period()).isEqualTo(MetricPeriod.day(LocalDate.of(2024, 5, 1)));
  }

  @Test
  void badPeriodsSayWhatIsWrong() {
    assertThatThrownBy(() -> MetricPeriod.parse("2024Q5")).hasMessage("'2024Q5' is not a quarter: quarters are Q1..Q4");
    assertThatThrownBy(() -> MetricPeriod.parse("2024-13")).hasMessage("'2024-13' is not a month: months are 01..12");
    assertThatThrownBy(() -> MetricPeriod.parse("2024-02-30")).hasMessageStartingWith("'2024-02-30' is not a day");
    assertThatThrownBy(() -> MetricPeriod.parse("Oct 2024")).hasMessageContaining("is not a period");
  }

  @Test
  void stepsAndComparisons() {
    assertThat(MetricPeriod.quarter(2024, 1).previous()).isEqualTo(MetricPeriod.quarter(2023, 4));
    assertThat(MetricPeriod.month(2024, 1).plus(-2)).isEqualTo(MetricPeriod.month(2023, 11));
    assertThat(MetricPeriod.quarter(2024, 3).yearAgo()).isEqualTo(MetricPeriod.quarter(2023, 3));
    assertThat(MetricPeriod.day(LocalDate.of(2024, 2, 29)).yearAgo()).isEqualTo(MetricPeriod.day(LocalDate.of(2023, 2, 28)));
    assertThat(MetricPeriod.quarter(2024, 3).end()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(MetricPeriod.of(MetricPeriod.Kind.MONTH, LocalDate.of(2024, 10, 31))).isEqualTo(MetricPeriod.month(2024, 10));
    assertThat(MetricPeriod.year(2026).text(true)).isEqualTo("2026E");
    assertThat(MetricPeriod.month(2024, 9)).isLessThan(MetricPeriod.month(2024, 10));
  }
}
