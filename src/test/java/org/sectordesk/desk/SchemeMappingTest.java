package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.ratings.Band;
import org.sectordesk.ratings.RatingTarget;
import org.sectordesk.ratings.TierMapping;
import org.sectordesk.workspace.WorkspaceException;

/** A rating under one scheme reads as another scheme's tier only where a scheme file says so and the bands nest. */
class SchemeMappingTest {
  @TempDir Path dir;

  @Test
  void aBandLiesInsideAnotherOnlyWithBothEndsInside() {
    Band guosenOutperform = Band.above(0.10, false);
    assertThat(Band.above(0.15, false).within(guosenOutperform)).isTrue();
    assertThat(Band.above(0.10, false).within(guosenOutperform)).isTrue();
    assertThat(Band.above(0.10, true).within(guosenOutperform)).as("exactly +10% is guosen 中性").isFalse();
    assertThat(Band.between(0.05, false, 0.15, true).within(guosenOutperform)).isFalse();
    Band guosenNeutral = Band.between(-0.10, true, 0.10, true);
    assertThat(Band.between(-0.05, true, 0.05, true).within(guosenNeutral)).isTrue();
    assertThat(Band.between(-0.10, true, 0.10, true).within(guosenNeutral)).isTrue();
    assertThat(Band.below(-0.15, false).within(guosenNeutral)).isFalse();
    assertThat(Band.below(-0.15, false).within(Band.below(-0.10, false))).isTrue();
  }

  @Test
  void theBuiltInSchemesMapOnlyTheTiersThatNestInGuosen() {
    TierMapping m = SchemeLibrary.builtIn().mapping();
    assertThat(m.map("soochow", RatingTarget.STOCK, "买入", "guosen")).contains("优于大市");
    assertThat(m.map("soochow", RatingTarget.STOCK, "中性", "guosen")).contains("中性");
    assertThat(m.map("soochow", RatingTarget.STOCK, "卖出", "guosen")).contains("弱于大市");
    assertThat(m.map("soochow", RatingTarget.STOCK, "增持", "guosen")).isEmpty();
    assertThat(m.map("soochow", RatingTarget.STOCK, "减持", "guosen")).isEmpty();
    assertThat(m.map("huaan", RatingTarget.STOCK, "无评级", "guosen")).contains("无评级");
    assertThat(m.map("guosen", RatingTarget.STOCK, "优于大市", "soochow")).isEmpty();
    assertThat(m.map("guosen", RatingTarget.STOCK, "优于大市", "guosen")).contains("优于大市");
    assertThat(m.map("soochow", RatingTarget.INDUSTRY, "增持", "guosen")).isEmpty();
  }

  private void scheme(String file, String tiers) throws IOException {
    Files.createDirectories(dir.resolve("schemes"));
    Files.writeString(dir.resolve("schemes").resolve(file), """
        id: house
        name: 本所投资评级
        benchmarks: {HK: [HSI.HI]}
        stock:
          horizon_months: {from: 6, to: 12}
          tiers:
        """ + tiers);
  }

  @Test
  void aWorkspaceSchemeMapsToAndFromOtherSchemes() throws IOException {
    scheme("house.yaml", """
            - {name: 推荐, min_pct: 10, min_inclusive: false, maps_to: {guosen: 优于大市}, maps_from: {soochow: [买入], huaan: 买入}}
            - {name: 中性, min_pct: -10, min_inclusive: true, max_pct: 10, max_inclusive: true, maps_from: {guosen: [中性]}}
            - {name: 回避, max_pct: -10, max_inclusive: false}
        """);
    TierMapping m = SchemeLibrary.forWorkspace(dir).mapping();
    assertThat(m.map("house", RatingTarget.STOCK, "推荐", "guosen")).contains("优于大市");
    assertThat(m.map("guosen", RatingTarget.STOCK, "中性", "house")).contains("中性");
    assertThat(m.map("soochow", RatingTarget.STOCK, "买入", "house")).contains("推荐");
    assertThat(m.map("huaan", RatingTarget.STOCK, "买入", "house")).contains("推荐");
    assertThat(m.map("house", RatingTarget.STOCK, "回避", "guosen")).isEmpty();
  }

  @Test
  void aMappingWhoseBandsDoNotNestIsRefusedNamingTheFileAndKey() throws IOException {
    // soochow 买入 is above +15%; house 谨慎推荐 is (+10%, +20%]: a 买入 of +30% would not be 谨慎推荐
    scheme("house.yaml", """
            - {name: 推荐, min_pct: 10, min_inclusive: false, maps_from: {soochow: [增持]}}
            - {name: 中性, min_pct: -10, min_inclusive: true, max_pct: 10, max_inclusive: true}
            - {name: 回避, max_pct: -10, max_inclusive: false}
        """);
    assertThatThrownBy(() -> SchemeLibrary.forWorkspace(dir)).isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("schemes/house.yaml [stock.tiers.推荐.maps_from.soochow]")
        .hasMessageContaining("soochow 增持 (+5%, +15%] cannot read as house 推荐 (+10%, +∞)");
  }

  @Test
  void aMappingToAnUnknownSchemeOrTierIsRefused() throws IOException {
    scheme("house.yaml", """
            - {name: 推荐, min_pct: 10, min_inclusive: false, maps_to: {guosen: 跑赢}}
            - {name: 回避, max_pct: 10, max_inclusive: true}
        """);
    assertThatThrownBy(() -> SchemeLibrary.forWorkspace(dir))
        .hasMessageContaining("[stock.tiers.推荐.maps_to.guosen] scheme guosen has no stock tier '跑赢'");
    scheme("house.yaml", """
            - {name: 推荐, min_pct: 10, min_inclusive: false, maps_to: {gs: 优于大市}}
            - {name: 回避, max_pct: 10, max_inclusive: true}
        """);
    assertThatThrownBy(() -> SchemeLibrary.forWorkspace(dir)).hasMessageContaining("unknown scheme 'gs'");
  }

  @Test
  void twoFilesMappingOneTierToTwoTiersIsRefused() throws IOException {
    scheme("house.yaml", """
            - {name: 推荐, min_pct: 15, min_inclusive: false, maps_from: {soochow: [买入]}}
            - {name: 增持, min_pct: 10, min_inclusive: false, max_pct: 15, max_inclusive: true}
            - {name: 回避, max_pct: 10, max_inclusive: true}
        """);
    Files.writeString(dir.resolve("schemes/other.yaml"), """
        id: other
        stock:
          horizon_months: {from: 6}
          tiers:
            - {name: 好, min_pct: 0, min_inclusive: false, maps_to: {house: 推荐}}
            - {name: 差, max_pct: 0, max_inclusive: true}
        """);
    // other 好 (above 0%) does not nest in house 推荐 (above +15%): refused before any conflict
    assertThatThrownBy(() -> SchemeLibrary.forWorkspace(dir)).hasMessageContaining("cannot read as house 推荐");
  }
}
