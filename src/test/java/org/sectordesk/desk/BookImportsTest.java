package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.EpsEstimate;
import org.sectordesk.domain.PublishedRating;
import org.sectordesk.store.DuckDbEstimateStore;
import org.sectordesk.store.DuckDbRatingStore;
import org.sectordesk.workspace.Workspace;

/** Estimates and ratings imports against a real DuckDB workspace: all-or-nothing, idempotent, precise errors. */
class BookImportsTest {
  @TempDir Path dir;
  private Workspace ws;

  static Path fixture(Path dir, String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = BookImportsTest.class.getResourceAsStream("/org/sectordesk/desk/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }

  @BeforeEach
  void open() throws IOException {
    fixture(dir, "desk.yaml");
    ws = Workspace.open(dir);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private List<EpsEstimate> estimates() {
    return new DuckDbEstimateStore(ws.database()).all();
  }

  private List<PublishedRating> ratings() {
    return new DuckDbRatingStore(ws.database()).all();
  }

  @Test
  void estimatesImportOnceAndReimportChangesNothing() throws IOException {
    Path f = fixture(dir, "estimates-good.csv");
    BookImportResult first = BookImports.importEstimates(ws, f);
    assertThat(first.problems()).isEmpty();
    assertThat(first.summary()).isEqualTo("estimates-good.csv: 4 estimates read, 4 new, 0 replaced, 0 unchanged");
    List<EpsEstimate> stored = estimates();
    assertThat(stored).hasSize(4);
    assertThat(stored.get(0).revenue()).isEqualTo(660000);
    assertThat(stored.get(0).perAds()).isNaN();
    assertThat(stored).filteredOn(e -> e.code().equals("BILI.O")).first()
        .extracting(EpsEstimate::eps, EpsEstimate::perAds).containsExactly(-0.9, 1.0);
    assertThat(stored).filteredOn(e -> e.code().equals("9999.HK")).first().extracting(EpsEstimate::currency).isEqualTo("CNY");

    BookImportResult again = BookImports.importEstimates(ws, f);
    assertThat(again.summary()).isEqualTo("estimates-good.csv: 4 estimates read, 0 new, 0 replaced, 4 unchanged");
    assertThat(estimates()).isEqualTo(stored);
  }

  @Test
  void aCorrectedForecastReplacesItsKeyAndANewerOneIsAddedToTheHistory() throws IOException {
    BookImports.importEstimates(ws, fixture(dir, "estimates-good.csv"));
    BookImportResult r = BookImports.importEstimates(ws, fixture(dir, "estimates-corrected.csv"));
    assertThat(r.summary()).isEqualTo("estimates-corrected.csv: 2 estimates read, 1 new, 1 replaced, 0 unchanged");
    assertThat(estimates()).filteredOn(e -> e.code().equals("0700.HK") && e.fiscalYear() == 2024)
        .extracting(EpsEstimate::asOf, EpsEstimate::eps)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 11, 14), 24.3),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 12, 10), 25.0));
  }

  @Test
  void aBadEstimatesFileIsRejectedWholeWithEveryProblemNamed() throws IOException {
    BookImports.importEstimates(ws, fixture(dir, "estimates-good.csv"));
    List<EpsEstimate> before = estimates();
    BookImportResult r = BookImports.importEstimates(ws, fixture(dir, "estimates-bad-fields.csv"));
    assertThat(r.rejected()).isTrue();
    assertThat(r.problems()).containsExactly(
        "estimates-bad-fields.csv:2 [as_of] '2024-11-31' is not a date (yyyy-mm-dd, e.g. 2024-12-02)",
        "estimates-bad-fields.csv:3 [eps] '2x.3' is not a number",
        "estimates-bad-fields.csv:4 [code] unknown code 9618.HK: add it to the coverage in desk.yaml first",
        "estimates-bad-fields.csv:5 [fiscal_year] fiscal year of the 9999.HK estimate must be between 1990 and 2100, got 24",
        "estimates-bad-fields.csv:7 [code] second forecast for 9999.HK 2025 as of 2024-11-14 (first at line 6)",
        "estimates-bad-fields.csv:8 [code] HSI.HI is an index; estimates are for companies");
    assertThat(estimates()).isEqualTo(before);
  }

  @Test
  void aMissingColumnIsNamed() throws IOException {
    BookImportResult r = BookImports.importEstimates(ws, fixture(dir, "estimates-missing-column.csv"));
    assertThat(r.problems()).contains(
        "estimates-missing-column.csv:1 [fiscal_year] required column is missing; the header must name"
            + " code,fiscal_year,eps,currency,as_of (optional: per_ads,revenue,adj_net_profit)",
        "estimates-missing-column.csv:1 [year] unknown column; known columns are"
            + " code,fiscal_year,eps,currency,as_of,per_ads,revenue,adj_net_profit");
    assertThat(estimates()).isEmpty();
  }

  @Test
  void ratingsImportWithQuotedTitlesCommentsAndIndustries() throws IOException {
    Path f = fixture(dir, "ratings-good.csv");
    BookImportResult r = BookImports.importRatings(ws, f);
    assertThat(r.problems()).isEmpty();
    assertThat(r.summary()).isEqualTo("ratings-good.csv: 4 ratings read, 4 new, 0 replaced, 0 unchanged");
    List<PublishedRating> stored = ratings();
    assertThat(stored).extracting(PublishedRating::code)
        .containsExactly("0700.HK", "801760.SI", "BILI.O", "0700.HK");
    assertThat(stored.get(0).title()).isEqualTo("腾讯控股: 游戏回暖, 广告提速");
    assertThat(stored.get(0).targetPrice()).isEqualTo(420.0);
    assertThat(stored.get(2).scheme()).isEqualTo("soochow");
    assertThat(stored.get(3).targetPrice()).isNaN();
    assertThat(BookImports.importRatings(ws, f).summary())
        .isEqualTo("ratings-good.csv: 4 ratings read, 0 new, 0 replaced, 4 unchanged");
    assertThat(ratings()).isEqualTo(stored);
  }

  @Test
  void aBadRatingsFileIsRejectedWholeWithEveryProblemNamed() throws IOException {
    BookImports.importRatings(ws, fixture(dir, "ratings-good.csv"));
    List<PublishedRating> before = ratings();
    BookImportResult r = BookImports.importRatings(ws, fixture(dir, "ratings-bad.csv"));
    assertThat(r.problems()).containsExactly(
        "ratings-bad.csv:2 [scheme] unknown scheme 'citic'; known: guosen, huaan, soochow",
        "ratings-bad.csv:3 [tier] '买入' is not a stock tier of scheme guosen; its tiers are 优于大市, 中性, 弱于大市, 无评级",
        "ratings-bad.csv:4 [tier] '买入' is not an industry tier of scheme soochow; its tiers are 增持, 中性, 减持",
        "ratings-bad.csv:5 [target_price] must be positive, got -3",
        "ratings-bad.csv:6 [date] '2024-13-01' is not a date (yyyy-mm-dd, e.g. 2024-12-02)",
        "ratings-bad.csv:7 [code] unknown code 9618.HK: add it to desk.yaml (coverage, or indices for an industry index) first",
        "ratings-bad.csv:9 [date] second rating on 9999.HK dated 2024-01-07 (first at line 8)",
        "ratings-bad.csv:10 [line] unbalanced double quote");
    assertThat(ratings()).isEqualTo(before);
  }

  @Test
  void aWorkspaceSchemeIsAcceptedOnImport() throws IOException {
    Files.createDirectories(dir.resolve("schemes"));
    Files.writeString(dir.resolve("schemes/house.yaml"), """
        id: house
        name: 本所评级
        benchmarks: {HK: [HSI.HI], US: [IXIC.GI]}
        stock:
          horizon_months: {from: 12}
          tiers:
            - {name: 推荐, min_pct: 0, min_inclusive: false}
            - {name: 回避, max_pct: 0, max_inclusive: true}
        """);
    Path f = dir.resolve("house.csv");
    Files.writeString(f, "date,code,scheme,tier,target_price,analyst,title\n2024-05-06,9999.HK,house,推荐,,王五,\n");
    assertThat(BookImports.importRatings(ws, f).problems()).isEmpty();
    assertThat(ratings()).extracting(PublishedRating::scheme).containsExactly("house");
  }
}
