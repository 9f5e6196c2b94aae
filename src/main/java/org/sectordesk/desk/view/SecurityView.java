package org.sectordesk.desk.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.sectordesk.analytics.PriceComparison;
import org.sectordesk.desk.json.Percent;
import org.sectordesk.domain.Security;

/**
 * The security page's price chart: who the security is, its benchmark, and day by day its close beside the
 * benchmark's with both rebased to 0 on the window's first day ({@code *_change_pct}, percent; null on a day
 * that series has no bar).
 *
 * @param dataThrough the security's last stored bar (null when it has none)
 * @param newsCompany the id of the company the news dictionary knows under this code (null when none): the
 *                    page asks the news digest for it
 */
public record SecurityView(String code, String name, String nameEn, String market, String currency, String subSector,
    String benchmark, String benchmarkName, LocalDate from, LocalDate to, LocalDate dataThrough, String newsCompany,
    List<Point> points) {
  public SecurityView {
    points = List.copyOf(points);
  }

  public record Point(LocalDate date, double close, double benchmarkClose,
      @Percent @JsonProperty("change_pct") double change, @Percent @JsonProperty("benchmark_change_pct") double benchmarkChange) {}

  public static SecurityView of(Security s, Security benchmark, LocalDate from, LocalDate to, LocalDate dataThrough,
      String newsCompany, List<PriceComparison.Point> points) {
    return new SecurityView(s.code(), s.nameZh(), s.nameEn(), s.market().name(), s.currency(), s.subSector(),
        benchmark == null ? null : benchmark.code(), benchmark == null ? null : benchmark.nameZh(), from, to, dataThrough,
        newsCompany, points.stream().map(p -> new Point(p.date(), p.close(), p.benchmarkClose(), p.change(), p.benchmarkChange())).toList());
  }
}
