package org.sectordesk.desk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchFigureTest {
  @Test
  void medianMinAndMaxOfTheSamples() {
    BenchFigure odd = new BenchFigure("review", "ms", List.of(30.0, 10.0, 20.0));
    assertThat(odd.median()).isEqualTo(20.0);
    assertThat(odd.min()).isEqualTo(10.0);
    assertThat(odd.max()).isEqualTo(30.0);
    assertThat(new BenchFigure("review", "ms", List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
  }

  @Test
  void aFigureNeedsSamples() {
    assertThatThrownBy(() -> new BenchFigure("review", "ms", List.of())).hasMessageContaining("'review' has no samples");
  }
}
