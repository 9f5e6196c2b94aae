package org.sectordesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.DatedClose;
import org.sectordesk.domain.Period;

class MoversTest {
  private static final Period WEEK = Period.week(LocalDate.of(2024, 9, 2));

  private static PeriodReturn r(String code, double v) {
    DatedClose c = new DatedClose(WEEK.end(), 1, 1);
    return new PeriodReturn(code, WEEK, c, c, v, ReturnStatus.NORMAL);
  }

  private final List<PeriodReturn> returns = List.of(r("A.O", 0.02), r("B.O", -0.05), r("C.O", 0.199),
      r("D.O", 0.0), new PeriodReturn("E.O", WEEK, null, null, Double.NaN, ReturnStatus.NO_DATA), r("F.O", -0.139));

  @Test
  void topAndBottomSkipNamesWithoutAReturn() {
    assertThat(Movers.top(returns, 3)).extracting(PeriodReturn::code).containsExactly("C.O", "A.O", "D.O");
    assertThat(Movers.bottom(returns, 2)).extracting(PeriodReturn::code).containsExactly("F.O", "B.O");
  }

  @Test
  void declinersAreTheNegativeReturnsWorstFirst() {
    assertThat(Movers.decliners(returns)).extracting(PeriodReturn::code).containsExactly("F.O", "B.O");
  }

  @Test
  void rankCountsFromTheBest() {
    assertThat(Movers.rank(returns, "A.O")).isEqualTo(2);
    assertThat(Movers.rank(returns, "E.O")).isEqualTo(-1);
  }
}
