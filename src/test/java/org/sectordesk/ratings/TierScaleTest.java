package org.sectordesk.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TierScaleTest {

  @Test
  void aGapBetweenBandsIsRejected() {
    assertThatThrownBy(() -> new TierScale(RatingTarget.STOCK, 6, 6, List.of(
        Tier.of("up", Band.above(0.10, false)), Tier.of("down", Band.below(0.05, true)))))
        .hasMessageContaining("'down'").hasMessageContaining("'up'").hasMessageContaining("gap or overlap");
  }

  @Test
  void aBoundaryInBothTiersIsRejected() {
    assertThatThrownBy(() -> new TierScale(RatingTarget.STOCK, 6, 6, List.of(
        Tier.of("up", Band.above(0.10, true)), Tier.of("rest", Band.below(0.10, true)))))
        .hasMessageContaining("exactly one of them");
  }

  @Test
  void aBoundaryInNeitherTierIsRejected() {
    assertThatThrownBy(() -> new TierScale(RatingTarget.STOCK, 6, 6, List.of(
        Tier.of("up", Band.above(0.10, false)), Tier.of("rest", Band.below(0.10, false)))))
        .hasMessageContaining("exactly one of them");
  }

  @Test
  void uncoveredTailIsRejected() {
    assertThatThrownBy(() -> new TierScale(RatingTarget.INDUSTRY, 6, 6, List.of(
        Tier.of("mid", Band.between(-0.05, true, 0.05, true)), Tier.of("up", Band.above(0.05, false)))))
        .hasMessageContaining("below");
  }

  @Test
  void horizonMustRunForward() {
    assertThatThrownBy(() -> new TierScale(RatingTarget.STOCK, 12, 6, List.of(
        Tier.of("up", Band.above(0, false)), Tier.of("down", Band.below(0, true)))))
        .hasMessageContaining("12..6");
  }

  @Test
  void bandPrintsItsInclusivity() {
    assertThat(Band.between(-0.05, true, 0.05, true)).hasToString("[-5%, +5%]");
    assertThat(Band.above(0.15, false)).hasToString("(+15%, +∞)");
    assertThat(Band.below(-0.15, false)).hasToString("(-∞, -15%)");
  }
}
