package org.sectordesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityKind;
import org.sectordesk.domain.WatchList;
import org.sectordesk.workspace.ConfigReader;
import org.sectordesk.workspace.WorkspaceConfig;

/** The sample desk.yaml is a valid workspace file, says it is synthetic, and every security in it has data. */
class SampleDeskYamlTest {

  @Test
  void loadsWithTheWorkspaceReaderAndIsMarkedAsSample(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("desk.yaml");
    Files.writeString(file, SampleMarket.deskYaml());
    WorkspaceConfig config = ConfigReader.read(file);
    assertThat(config.sampleData()).isTrue();
    assertThat(SampleMarket.deskYaml()).contains("SYNTHETIC");
    ReferenceData ref = ConfigReader.reference(config, "desk.yaml");

    assertThat(ref.coverage()).hasSize(29).startsWith("0772.HK", "IQ.O").endsWith("NVDA.O");
    assertThat(ref.coverageSecurities()).extracting(Security::subSector).doesNotContain("");
    assertThat(ref.benchmarks().benchmarkFor(Market.HK)).contains("HSTECH.HI");
    assertThat(ref.benchmarks().benchmarkFor(Market.US)).contains("IXIC.GI");
    assertThat(ref.watchLists()).extracting(WatchList::id).containsExactly("a-media", "a-computer", "hk", "us");
    assertThat(ref.securities().values().stream().filter(s -> s.code().endsWith(".SI")).count()).isEqualTo(31);
    for (String code : new String[] {"HSI.HI", "HSTECH.HI", "IXIC.GI", "SPX.GI", "000300.SH", "801760.SI", "801750.SI",
        "899050.BJ", "899001.CSI", "QNET.GI", "H11136.CSI"}) {
      assertThat(ref.require(code).kind()).as(code).isEqualTo(SecurityKind.INDEX);
    }
    // no A-share name sits in both A-share lists (each would have to fit two movers tables)
    Set<String> media = Set.copyOf(ref.watchList("a-media").orElseThrow().codes());
    assertThat(ref.watchList("a-computer").orElseThrow().codes()).noneMatch(media::contains);
  }

  @Test
  void everySecurityHasBarsAndEveryStockHasShares(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("desk.yaml");
    Files.writeString(file, SampleMarket.deskYaml());
    ReferenceData ref = ConfigReader.reference(ConfigReader.read(file), "desk.yaml");
    SampleData data = SampleMarket.generate();
    Set<String> withBars = data.bars().stream().map(Bar::code).collect(Collectors.toSet());
    Set<String> withShares = data.capitalisation().stream().map(Capitalisation::code).collect(Collectors.toSet());
    assertThat(withBars).containsExactlyInAnyOrderElementsOf(ref.securities().keySet());
    for (Security s : ref.securities().values()) {
      if (s.kind() == SecurityKind.STOCK) {
        assertThat(withShares).as("shares of %s", s.code()).contains(s.code());
      }
    }
    for (Bar b : data.bars()) {
      assertThat(b.currency()).as("currency of %s", b.code()).isEqualTo(ref.require(b.code()).currency());
    }
  }
}
