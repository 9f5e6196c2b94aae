package org.sectordesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.WatchList;

/** A watch list prints its own names for its members (the listing names), the coverage keeps its own. */
class ListingNamesTest {
  @Test
  void watchListNamesAreKeptPerList(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("desk.yaml");
    Files.writeString(file, """
        name: 测试
        coverage:
          - {code: 3690.HK, name: 美团, sub_sector: 平台}
          - {code: 9999.HK, name: 网易, sub_sector: 游戏}
        watch_lists:
          - id: hk
            name: 港股重点个股
            market: HK
            members:
              - {code: 3690.HK, name: 美团-W}
              - {code: 9999.HK, name: 网易}
              - {code: 0799.HK, name: IGG}
        """);
    ReferenceData ref = ConfigReader.reference(ConfigReader.read(file), "desk.yaml");
    WatchList hk = ref.watchList("hk").orElseThrow();
    assertThat(hk.asListed(ref.require("3690.HK")).nameZh()).isEqualTo("美团-W");
    assertThat(hk.asListed(ref.require("9999.HK")).nameZh()).isEqualTo("网易");
    assertThat(hk.asListed(ref.require("0799.HK")).nameZh()).isEqualTo("IGG");
    // the coverage (and every other list) keeps the coverage name
    assertThat(ref.require("3690.HK").nameZh()).isEqualTo("美团");
    assertThat(hk.displayNames()).containsOnlyKeys("3690.HK");
  }
}
