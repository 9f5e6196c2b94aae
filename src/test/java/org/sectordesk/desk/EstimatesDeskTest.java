package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.FxRate;
import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;

/** The forecast table from a real workspace: estimates, ratings, bars, FX and shares all stored in DuckDB. */
class EstimatesDeskTest {
  @TempDir Path dir;
  private Workspace ws;
  private MarketStore market;

  @BeforeEach
  void open() throws IOException {
    BookImportsTest.fixture(dir, "desk.yaml");
    ws = Workspace.open(dir);
    market = new DuckDbMarketStore(ws.database());
    List<Bar> bars = new ArrayList<>();
    bars.addAll(BookFixtures.bars("0700.HK", "HKD", "2024-11-25", "2024-12-06", "2024-11-25", 390.0, "2024-12-02", 398.0,
        "2024-12-03", 405.0));
    bars.addAll(BookFixtures.bars("9999.HK", "HKD", "2024-11-25", "2024-12-06", "2024-11-25", 134.4));
    bars.addAll(BookFixtures.bars("BILI.O", "USD", "2024-11-25", "2024-12-06", "2024-11-25", 19.2));
    market.writeBars(bars);
    market.writeFx(List.of(new FxRate(LocalDate.of(2024, 11, 29), "HKD", "CNY", 0.9236),
        new FxRate(LocalDate.of(2024, 12, 3), "HKD", "CNY", 0.93),
        new FxRate(LocalDate.of(2024, 11, 29), "USD", "CNY", 7.2)));
    market.writeCapitalisation(List.of(Capitalisation.shares("0700.HK", LocalDate.of(2024, 9, 30), 9_267.4e6),
        Capitalisation.marketCap("9999.HK", LocalDate.of(2024, 11, 29), 431_529e6)));
    BookImports.importEstimates(ws, BookImportsTest.fixture(dir, "estimates-good.csv"));
    BookImports.importRatings(ws, BookImportsTest.fixture(dir, "ratings-good.csv"));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void tableOnTheSeedDate() {
    ForecastTableView t = new EstimatesDesk(ws, market).table(LocalDate.of(2024, 12, 2), null, null);
    assertThat(t.years()).containsExactly(2024, 2025);
    assertThat(t.rows()).extracting(ForecastTableView.Row::code).containsExactly("0700.HK", "9999.HK", "BILI.O");
    ForecastTableView.Row tencent = t.rows().get(0);
    assertThat(tencent.name()).isEqualTo("腾讯控股");
    assertThat(tencent.rating()).isEqualTo("中性");
    assertThat(tencent.close()).isEqualTo(398.0);
    assertThat(tencent.currency()).isEqualTo("HKD");
    assertThat(tencent.mcapMn()).isCloseTo(9_267.4 * 398.0, within(1e-6));
    assertThat(tencent.pe().get(0).value()).isCloseTo(398.0 * 0.9236 / 24.1, within(1e-9));
    assertThat(Math.round(tencent.pe().get(0).value())).isEqualTo(15);
    assertThat(Math.round(tencent.pe().get(1).value())).isEqualTo(14);
    ForecastTableView.Row netease = t.rows().get(1);
    assertThat(netease.mcapMn()).isEqualTo(431_529.0);
    assertThat(netease.rating()).isEmpty();
    assertThat(netease.pe().get(1).value()).isNaN();
    ForecastTableView.Row bili = t.rows().get(2);
    // one scheme per table: without forecast_table.scheme, the first rated name's (guosen); soochow.yaml maps 买入 to 优于大市
    assertThat(t.scheme()).isEqualTo("guosen");
    assertThat(bili.rating()).isEqualTo("优于大市");
    assertThat(bili.rated().tier()).isEqualTo("买入");
    assertThat(bili.pe().get(0).value()).isCloseTo(19.2 * 7.2 / -0.9, within(1e-9));
    assertThat(bili.pe().get(0).nm()).isFalse();
  }

  @Test
  void nmOnRequestOrByWorkspaceSetting() throws IOException {
    ForecastTableView t = new EstimatesDesk(ws, market).table(LocalDate.of(2024, 12, 2), List.of(2024), true);
    assertThat(t.rows().get(2).pe().get(0).nm()).isTrue();
    assertThat(t.rows().get(2).pe().get(0).value()).isNaN();
    assertThat(t.rows().get(0).pe().get(0).nm()).isFalse();
    ws.close();
    Files.writeString(dir.resolve("desk.yaml"), Files.readString(dir.resolve("desk.yaml")) + "settings: {negative_pe: nm}\n");
    ws = Workspace.open(dir);
    market = new DuckDbMarketStore(ws.database());
    assertThat(new EstimatesDesk(ws, market).table(LocalDate.of(2024, 12, 2), List.of(2024), null).rows().get(2).pe().get(0).nm())
        .isTrue();
  }

  @Test
  void defaultAsOfIsTheLatestCloseAndFxFollowsIt() {
    ForecastTableView t = new EstimatesDesk(ws, market).table(null, List.of(2024), null);
    assertThat(t.asOf()).isEqualTo(LocalDate.of(2024, 12, 6));
    assertThat(t.rows().get(0).close()).isEqualTo(405.0);
    assertThat(t.rows().get(0).pe().get(0).value()).isCloseTo(405.0 * 0.93 / 24.1, within(1e-9));
  }
}
