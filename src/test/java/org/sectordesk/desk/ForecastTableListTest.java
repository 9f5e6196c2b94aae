package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.desk.json.DeskJson;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.ForecastList;
import org.sectordesk.domain.FxRate;
import org.sectordesk.report.Cell;
import org.sectordesk.report.House;
import org.sectordesk.report.Lang;
import org.sectordesk.report.Messages;
import org.sectordesk.report.SectionContext;
import org.sectordesk.report.SectionSpec;
import org.sectordesk.report.Table;
import org.sectordesk.report.TextSections;
import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;
import org.sectordesk.workspace.WorkspaceException;

/**
 * The forecast table's own list (desk.yaml {@code forecast_table}): a name outside the coverage, the order kept,
 * the listing names, one scheme with a rating mapped by the scheme files and one printed as published with a
 * footnote, and a listed name without forecasts or close shown as missing and flagged.
 */
class ForecastTableListTest {
  private static final LocalDate DAY = LocalDate.of(2024, 12, 2);
  @TempDir Path dir;
  private Workspace ws;
  private MarketStore market;

  @BeforeEach
  void open() throws IOException {
    Files.copy(BookImportsTest.fixture(dir, "desk-forecast-table.yaml"), dir.resolve("desk.yaml"));
    ws = Workspace.open(dir);
    market = new DuckDbMarketStore(ws.database());
    List<Bar> bars = new ArrayList<>();
    bars.addAll(BookFixtures.bars("0700.HK", "HKD", "2024-11-25", "2024-12-06", "2024-11-25", 398.0));
    bars.addAll(BookFixtures.bars("9999.HK", "HKD", "2024-11-25", "2024-12-06", "2024-11-25", 134.4));
    bars.addAll(BookFixtures.bars("9618.HK", "HKD", "2024-11-25", "2024-12-06", "2024-11-25", 141.5));
    bars.addAll(BookFixtures.bars("BILI.O", "USD", "2024-11-25", "2024-12-06", "2024-11-25", 19.2));
    market.writeBars(bars);
    market.writeFx(List.of(new FxRate(LocalDate.of(2024, 11, 29), "HKD", "CNY", 0.9236),
        new FxRate(LocalDate.of(2024, 11, 29), "USD", "CNY", 7.2)));
    // the estimates importer accepts 9618.HK: desk.yaml names it in forecast_table, outside the coverage
    assertThat(BookImports.importEstimates(ws, BookImportsTest.fixture(dir, "estimates-forecast-table.csv")).problems()).isEmpty();
    assertThat(BookImports.importRatings(ws, BookImportsTest.fixture(dir, "ratings-forecast-table.csv")).problems()).isEmpty();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private ForecastTableView table() {
    return new EstimatesDesk(ws, market).table(DAY, null, null);
  }

  private static ForecastTableView.Row row(ForecastTableView t, String code) {
    return t.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void keepsItsOwnNamesInItsOwnOrderIncludingOneOutsideTheCoverage() {
    ForecastTableView t = table();
    assertThat(t.rows()).extracting(ForecastTableView.Row::code)
        .containsExactly("9618.HK", "BILI.O", "9999.HK", "0700.HK", "1024.HK");
    assertThat(t.rows()).extracting(ForecastTableView.Row::name)
        .containsExactly("京东集团-SW", "哔哩哔哩", "网易-S", "腾讯控股", "快手-W");
    ForecastTableView.Row jd = row(t, "9618.HK");
    assertThat(jd.inCoverage()).isFalse();
    assertThat(row(t, "9999.HK").inCoverage()).isTrue();
    assertThat(jd.close()).isEqualTo(141.5);
    assertThat(jd.pe().get(0).value()).isCloseTo(141.5 * 0.9236 / 12.6, within(1e-9));
    assertThat(jd.flags()).isEmpty();
  }

  @Test
  void oneSchemeMappedByTheSchemeFilesOrPrintedAsPublishedAndFlagged() {
    ForecastTableView t = table();
    assertThat(t.scheme()).isEqualTo("guosen");
    assertThat(t.schemeName()).isEqualTo("国信证券投资评级");
    ForecastTableView.Row tencent = row(t, "0700.HK");
    assertThat(tencent.rating()).isEqualTo("优于大市");
    assertThat(tencent.ratingMapped()).isFalse();
    // soochow 买入 (above +15%) lies inside guosen 优于大市 (above +10%): soochow.yaml maps it
    ForecastTableView.Row bili = row(t, "BILI.O");
    assertThat(bili.rating()).isEqualTo("优于大市");
    assertThat(bili.scheme()).isEqualTo("guosen");
    assertThat(bili.ratingMapped()).isTrue();
    assertThat(bili.rated().scheme()).isEqualTo("soochow");
    assertThat(bili.rated().tier()).isEqualTo("买入");
    // huaan 中性 [-5%, +5%] lies inside guosen 中性 [-10%, +10%]
    assertThat(row(t, "9618.HK").rating()).isEqualTo("中性");
    // soochow 增持 (+5%, +15%] straddles guosen 中性 and 优于大市: no mapping, printed as published
    ForecastTableView.Row netease = row(t, "9999.HK");
    assertThat(netease.rating()).isEqualTo("增持");
    assertThat(netease.scheme()).isEqualTo("soochow");
    assertThat(netease.ratingMapped()).isFalse();
    assertThat(netease.flags()).containsExactly(ForecastTableView.RATING_UNMAPPED);
    assertThat(netease.rated().schemeName()).isEqualTo("东吴证券投资评级");
  }

  @Test
  void aListedNameWithoutForecastsOrCloseIsMissingAndFlaggedNeverInvented() {
    ForecastTableView.Row ks = row(table(), "1024.HK");
    assertThat(ks.flags()).containsExactly(ForecastTableView.NO_ESTIMATES, ForecastTableView.NO_CLOSE);
    assertThat(ks.close()).isNaN();
    assertThat(ks.mcapMn()).isNaN();
    assertThat(ks.eps()).allSatisfy(e -> assertThat(e.value()).isNaN());
    assertThat(ks.pe()).allSatisfy(p -> assertThat(p.value()).isNaN());
    assertThat(ks.rated()).isNull();
    assertThat(ks.rating()).isEmpty();
  }

  @Test
  void jsonCarriesTheSameAndTheContractFields() throws IOException {
    JsonNode root = new ObjectMapper().readTree(DeskJson.write(table()));
    assertThat(root.get("as_of").asText()).isEqualTo("2024-12-02");
    assertThat(root.get("scheme").asText()).isEqualTo("guosen");
    List<String> codes = new ArrayList<>();
    root.get("rows").forEach(r -> codes.add(r.get("code").asText()));
    assertThat(codes).containsExactly("9618.HK", "BILI.O", "9999.HK", "0700.HK", "1024.HK");
    JsonNode netease = root.get("rows").get(2);
    for (String f : List.of("code", "name", "rating", "close", "currency", "mcap_mn", "eps", "pe")) {
      assertThat(netease.has(f)).as(f).isTrue();
    }
    assertThat(netease.get("name").asText()).isEqualTo("网易-S");
    assertThat(netease.get("rating").asText()).isEqualTo("增持");
    assertThat(netease.get("flags").get(0).asText()).isEqualTo("rating_unmapped");
    assertThat(netease.get("rated").get("tier").asText()).isEqualTo("增持");
    JsonNode bili = root.get("rows").get(1);
    assertThat(bili.get("rating").asText()).isEqualTo("优于大市");
    assertThat(bili.get("rating_mapped").asBoolean()).isTrue();
    assertThat(bili.get("rated").get("scheme").asText()).isEqualTo("soochow");
    JsonNode jd = root.get("rows").get(0);
    assertThat(jd.get("in_coverage").asBoolean()).isFalse();
    JsonNode ks = root.get("rows").get(4);
    assertThat(ks.get("close").isNull()).isTrue();
    assertThat(ks.get("eps").get(0).get("value").isNull()).isTrue();
    assertThat(ks.get("pe").get(0).get("value").isNull()).isTrue();
    assertThat(ks.get("flags").toString()).isEqualTo("[\"no_estimates\",\"no_close\"]");
  }

  @Test
  void theReportTableMarksAndFootnotesWhatIsPrintedAsPublishedOrMissing() {
    WorkspaceReportSources sources = new WorkspaceReportSources(ws, market);
    TextSections.Forecasts f = sources.forecastTable(DAY, List.of(2024, 2025), ForecastList.ALL);
    SectionContext ctx = new SectionContext(Messages.of(Lang.ZH), House.defaults(), "Wind");
    Table t = (Table) TextSections.forecastTable(ctx, f, List.of(2024, 2025), "港元/美元", "资料来源：Wind", 1, 0).get(0);
    List<List<String>> rows = t.rows().stream().map(r -> r.stream().map(Cell::printed).toList()).toList();
    assertThat(rows).extracting(r -> r.get(0)).containsExactly("9618.HK", "BILI.O", "9999.HK", "0700.HK", "1024.HK");
    assertThat(rows.get(2).subList(1, 3)).containsExactly("网易-S", "增持*");
    assertThat(rows.get(1).get(2)).isEqualTo("优于大市");
    assertThat(rows.get(4)).containsExactly("1024.HK", "快手-W‡", "", "—", "—", "—", "—", "—", "—");
    assertThat(t.note()).isEqualTo("*网易-S的评级按东吴证券投资评级发布，国信证券投资评级中无对应级别，列示原评级；"
        + "‡快手-W暂无盈利预测，EPS与PE缺失；‡快手-W无收盘价，股价、市值与PE缺失。");
    assertThat(sources.missing()).anyMatch(m -> m.startsWith("forecasts for 1024.HK"));
  }

  @Test
  void aLayoutListsItsOwnNamesAndSchemeOverDeskYaml() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("scheme", "soochow");
    params.put("names", List.of("0700.HK", Map.of("code", "9999.HK", "name", "网易-S")));
    ForecastList layout = ForecastListSpec.of(new SectionSpec("forecast_table", "", "", 1, params, "layouts/monthly.yaml sections[2]"));
    ForecastTableView t = new EstimatesDesk(ws, market).table(DAY, null, null, layout.over(ws.forecastList()));
    assertThat(t.rows()).extracting(ForecastTableView.Row::code).containsExactly("0700.HK", "9999.HK");
    assertThat(t.scheme()).isEqualTo("soochow");
    // guosen 优于大市 (above +10%) straddles soochow 增持 and 买入: printed as published
    assertThat(row(t, "0700.HK").flags()).containsExactly(ForecastTableView.RATING_UNMAPPED);
    assertThat(row(t, "9999.HK").rating()).isEqualTo("增持");
    assertThat(row(t, "9999.HK").flags()).isEmpty();

    params.put("names", List.of("0700.HK", "0700.HK"));
    assertThatThrownBy(() -> ForecastListSpec.of(new SectionSpec("forecast_table", "", "", 1, params, "layouts/monthly.yaml sections[2]")))
        .hasMessageContaining("layouts/monthly.yaml sections[2] (forecast_table): [names] 0700.HK is listed twice");
    params.put("names", List.of("3690.HK"));
    ForecastList unknown = ForecastListSpec.of(new SectionSpec("forecast_table", "", "", 1, params, "x"));
    assertThatThrownBy(() -> new EstimatesDesk(ws, market).table(DAY, null, null, unknown))
        .hasMessageContaining("3690.HK").hasMessageContaining("forecast_table.names");
  }

  @Test
  void withoutAListEveryNameWithAForecastInCoverageOrder() {
    ForecastTableView t = new EstimatesDesk(ws, market).table(DAY, null, null, new ForecastList("guosen", List.of()));
    assertThat(t.rows()).extracting(ForecastTableView.Row::code).containsExactly("0700.HK", "9999.HK", "BILI.O", "9618.HK");
  }

  @Test
  void anUnknownTableSchemeIsAnError() {
    assertThatThrownBy(() -> new EstimatesDesk(ws, market).table(DAY, null, null, new ForecastList("nosuch", List.of())))
        .hasMessageContaining("'nosuch'").hasMessageContaining("known: guosen, huaan, soochow");
  }

  @Test
  void deskYamlErrorsNameTheLineAndKey() throws IOException {
    ws.close();
    String yaml = Files.readString(dir.resolve("desk.yaml"));
    Files.writeString(dir.resolve("desk.yaml"), yaml.replace("{code: 9618.HK, name: 京东集团-SW}", "{code: 9618.HK}"));
    assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("desk.yaml:15 [forecast_table.names[0].name] 9618.HK is outside the coverage");
    Files.writeString(dir.resolve("desk.yaml"), yaml.replace("{code: 1024.HK, name: 快手-W}", "{code: 9999.HK}"));
    assertThatThrownBy(() -> Workspace.open(dir)).hasMessageContaining("[forecast_table.names[4].code] 9999.HK is listed twice");
    Files.writeString(dir.resolve("desk.yaml"), yaml.replace("{code: 1024.HK, name: 快手-W}", "{code: HSI.HI}"));
    assertThatThrownBy(() -> Workspace.open(dir)).hasMessageContaining("HSI.HI is an index");
    Files.writeString(dir.resolve("desk.yaml"), yaml.replace("scheme: guosen", "schema: guosen"));
    assertThatThrownBy(() -> Workspace.open(dir)).hasMessageContaining("[forecast_table.schema] unknown key");
    Files.writeString(dir.resolve("desk.yaml"), yaml);
    ws = Workspace.open(dir);
  }
}
