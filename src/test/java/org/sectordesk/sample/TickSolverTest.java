package org.sectordesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.Security;

class TickSolverTest {
  private static final LocalDate OCT_31 = LocalDate.of(2024, 10, 31);
  private static final LocalDate NOV_29 = LocalDate.of(2024, 11, 29);

  private static PricePlan hkPlan() {
    return new PricePlan(Security.stock("0772.HK", "阅文集团", "China Literature", "文娱"),
        LocalDate.of(2023, 1, 2), LocalDate.of(2025, 12, 31));
  }

  @Test
  void intervalIsTheRoundingIntervalLessTheMargin() {
    double[] iv = TickSolver.interval(-3.2, 1);
    assertThat(iv[0]).isEqualTo(-0.0325 + TickSolver.MARGIN, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(iv[1]).isEqualTo(-0.0315 - TickSolver.MARGIN, org.assertj.core.data.Offset.offset(1e-15));
  }

  @Test
  void closeCandidatesPrintAsThePublishedCloseNearestFirst() {
    PricePlan p = hkPlan();
    assertThat(TickSolver.closeCandidates(p, 3.7)).startsWith(3.70).hasSize(9).allMatch(c -> c > 3.65 && c < 3.75);
    // HK 20-100 trades in 0.05 steps: 28.25 and 28.35 sit on the rounding boundaries and are left out
    assertThat(TickSolver.closeCandidates(p, 28.3)).containsExactly(28.30);
  }

  @Test
  void findBaseFindsATickInsideTheIntervalOrNone() {
    PricePlan p = hkPlan();
    double[] month = TickSolver.interval(0.7, 1);
    Double base = TickSolver.findBase(p, 28.30, month);
    assertThat(base).isNotNull();
    assertThat(28.30 / base - 1).isBetween(month[0], month[1]);
    // between 28.30/28.10 (+0.71 %) and 28.30/28.05 (+0.89 %) there is no 0.05 tick
    assertThat(TickSolver.findBase(p, 28.30, new double[] {0.0075, 0.0080})).isNull();
  }

  @Test
  void findPairMeetsATwoDecimalTarget() {
    PricePlan p = new PricePlan(Security.stock("DDL.N", "叮咚买菜", "", ""), LocalDate.of(2023, 1, 2), LocalDate.of(2025, 12, 31));
    double[] iv = TickSolver.interval(19.91, 2);
    double[] pair = TickSolver.findPair(p, 2.0, iv[0], iv[1]);
    assertThat(pair[1] / pair[0] - 1).isBetween(iv[0], iv[1]);
    assertThat(Math.round(pair[0] * 100)).isEqualTo(Math.round(pair[0] * 10_000) / 100);
  }

  @Test
  void aDividendReachesAReturnNoTickCan() {
    PricePlan p = hkPlan();
    double[] j = {0.0075, 0.0080};
    double base = TickSolver.dividendKnob(p, LocalDate.of(2024, 11, 14), 28.30, OCT_31, NOV_29, j);
    assertThat(p.dividends).hasSize(1);
    double adjusted = 28.30 / (base * p.factorBetween(OCT_31, NOV_29)) - 1;
    assertThat(adjusted).isBetween(j[0], j[1]);
    assertThat(p.dividends.get(0).amount()).isBetween(0.0, 0.03 * 28.30);
    assertThat(p.anchors).containsKey(LocalDate.of(2024, 11, 13));
  }
}
