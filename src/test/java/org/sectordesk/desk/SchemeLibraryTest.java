package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.ratings.RatingScheme;
import org.sectordesk.ratings.RatingTarget;
import org.sectordesk.workspace.WorkspaceException;

class SchemeLibraryTest {
  @TempDir Path dir;

  private void scheme(String file, String yaml) throws IOException {
    Files.createDirectories(dir.resolve("schemes"));
    Files.writeString(dir.resolve("schemes").resolve(file), yaml);
  }

  @Test
  void builtInsAndTheWorkspacesOwn() throws IOException {
    scheme("house.yaml", """
        id: House
        name: 本所评级
        benchmarks: {HK: [HSI.HI]}
        industry:
          horizon_months: {from: 3}
          tiers:
            - {name: 看好, min_pct: 0, min_inclusive: false}
            - {name: 看淡, max_pct: 0, max_inclusive: true}
        """);
    SchemeLibrary lib = SchemeLibrary.forWorkspace(dir);
    assertThat(lib.all().keySet()).containsExactlyInAnyOrder("guosen", "soochow", "huaan", "house");
    RatingScheme house = lib.scheme("house").orElseThrow();
    assertThat(house.scale(RatingTarget.STOCK)).isEmpty();
    assertThat(house.scale(RatingTarget.INDUSTRY).orElseThrow().horizonToMonths()).isEqualTo(3);
    assertThat(house.scale(RatingTarget.INDUSTRY).orElseThrow().realisedTier(0.0).orElseThrow().name()).isEqualTo("看淡");
  }

  @Test
  void aWorkspaceSchemeMayNotReuseABuiltInId() throws IOException {
    scheme("g.yaml", """
        id: guosen
        benchmarks: {HK: [HSI.HI]}
        stock:
          horizon_months: {from: 6}
          tiers:
            - {name: 好, min_pct: 0, min_inclusive: false}
            - {name: 差, max_pct: 0, max_inclusive: true}
        """);
    assertThatThrownBy(() -> SchemeLibrary.forWorkspace(dir)).isInstanceOf(WorkspaceException.class)
        .hasMessage("schemes/g.yaml [id] 'guosen' is a built-in scheme; give your scheme its own id");
  }

  @Test
  void aBoundaryWithoutInclusivityIsRejected() throws IOException {
    scheme("bad.yaml", """
        id: bad
        benchmarks: {HK: [HSI.HI]}
        stock:
          horizon_months: {from: 6}
          tiers:
            - {name: 好, min_pct: 0}
            - {name: 差, max_pct: 0, max_inclusive: true}
        """);
    assertThatThrownBy(() -> SchemeLibrary.forWorkspace(dir))
        .hasMessage("schemes/bad.yaml [stock.tiers.好] must say whether each boundary belongs to the tier"
            + " (min_inclusive / max_inclusive: true or false)");
  }

  @Test
  void overlappingBandsAreRejected() throws IOException {
    scheme("bad.yaml", """
        id: bad
        benchmarks: {HK: [HSI.HI]}
        stock:
          horizon_months: {from: 6}
          tiers:
            - {name: 好, min_pct: 0, min_inclusive: true}
            - {name: 差, max_pct: 0, max_inclusive: true}
        """);
    assertThatThrownBy(() -> SchemeLibrary.forWorkspace(dir))
        .hasMessageStartingWith("schemes/bad.yaml: the stock scale: the boundary 0.0 between '差' and '好' must belong to exactly one");
  }

  @Test
  void unknownKeysAndVenuesAreNamed() throws IOException {
    scheme("bad.yaml", """
        id: bad
        benchmarks: {HK: [HSI.HI]}
        stock:
          horizon: 6
        """);
    assertThatThrownBy(() -> SchemeLibrary.forWorkspace(dir))
        .hasMessageStartingWith("schemes/bad.yaml:4 [horizon] unknown key");
    scheme("bad.yaml", """
        id: bad
        benchmarks: {JP: [N225.GI]}
        stock:
          horizon_months: {from: 6}
          tiers:
            - {name: 好, min_pct: 0, min_inclusive: false}
            - {name: 差, max_pct: 0, max_inclusive: true}
        """);
    assertThatThrownBy(() -> SchemeLibrary.forWorkspace(dir))
        .hasMessage("schemes/bad.yaml: scheme bad: benchmark venue 'JP' is not one of [CN, HK, US, NEEQ, BSE]");
  }
}
