package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectordesk.desk.ForecastTableView;

/** The text table of {@code desk estimates} marks what is printed as published or missing, and says why. */
class EstimatesFootnotesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 12, 2);

  private static ForecastTableView.Row row(String code, String name, String rating, String scheme, double close,
      double eps, ForecastTableView.Rated rated, List<String> flags) {
    return new ForecastTableView.Row(code, name, rating, scheme, close, Double.isNaN(close) ? null : DAY, "HKD",
        Double.NaN, List.of(new ForecastTableView.Eps(2024, eps, Double.isNaN(eps) ? "" : "CNY", Double.NaN, null)),
        List.of(new ForecastTableView.Pe(2024, Double.isNaN(eps) ? Double.NaN : close / eps, false, 1.0)),
        true, rated, false, flags);
  }

  @Test
  void marksAndFootnotes() {
    ForecastTableView t = new ForecastTableView(DAY, List.of(2024), false, "guosen", "国信证券投资评级", List.of(
        row("0700.HK", "腾讯控股", "优于大市", "guosen", 398.0, 24.1,
            new ForecastTableView.Rated("guosen", "国信证券投资评级", "优于大市", DAY), List.of()),
        row("9999.HK", "网易-S", "增持", "soochow", 134.4, 11.2,
            new ForecastTableView.Rated("soochow", "东吴证券投资评级", "增持", DAY), List.of(ForecastTableView.RATING_UNMAPPED)),
        row("1024.HK", "快手-W", "", "", Double.NaN, Double.NaN, null,
            List.of(ForecastTableView.NO_ESTIMATES, ForecastTableView.NO_CLOSE))));
    StringWriter out = new StringWriter();
    EstimatesCommand.table(t, false).printText(new PrintWriter(out, true));
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(3)).containsPattern("^9999\\.HK\\s+网易-S\\s+增持\\*\\s+134\\.4");
    assertThat(lines.get(4)).containsPattern("^1024\\.HK\\s+快手-W‡\\s+—\\s+HKD\\s+—\\s+—\\s+—\\s*$");
    assertThat(EstimatesCommand.footnotes(t)).containsExactly(
        "* rated under another scheme with no mapping to guosen (maps_to in the scheme files): printed as published: 9999.HK 增持 (soochow)",
        "‡ no forecast in force on 2024-12-02, EPS and PE missing: 1024.HK",
        "‡ no close on or before 2024-12-02, close, market cap and PE missing: 1024.HK");
    StringWriter csv = new StringWriter();
    EstimatesCommand.table(t, true).printCsv(new PrintWriter(csv, true));
    assertThat(csv.toString().lines().toList().get(2)).isEqualTo("9999.HK,网易-S,增持,134.4,HKD,,11.2,CNY," + (134.4 / 11.2) + ",soochow,rating_unmapped");
  }
}
