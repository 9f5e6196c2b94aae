package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.desk.json.DeskJson;
import org.sectordesk.desk.view.ReviewView;
import org.sectordesk.domain.Period;
import org.sectordesk.report.Lang;

/** The one Desk entry point on the SAMPLE workspace: views, units of work, typed failures, reports as bytes. */
class DeskTest {
  @TempDir static Path tmp;
  static Desk desk;

  @BeforeAll
  static void open() {
    Path ws = tmp.resolve("ws");
    WorkspaceSetup.init(ws, true, line -> {});
    desk = Desk.open(ws);
  }

  @AfterAll
  static void close() {
    desk.close();
  }

  @Test
  void aUnitOfWorkAnswersLikeTheDeskOnItsOwnConnection() {
    ReviewView v = desk.review(Period.month(YearMonth.of(2024, 11)));
    try (Desk unit = desk.unitOfWork()) {
      assertThat(DeskJson.write(unit.review(Period.month(YearMonth.of(2024, 11))))).isEqualTo(DeskJson.write(v));
    }
    assertThat(desk.review(Period.month(YearMonth.of(2024, 11))).rows()).hasSameSizeAs(v.rows());
  }

  @Test
  void unknownNamesAreNotFound() {
    assertThatThrownBy(() -> desk.valuation("NOPE.HK", null))
        .satisfies(e -> assertThat(Failure.of(e)).isEqualTo(Failure.NOT_FOUND));
    assertThatThrownBy(() -> desk.movers(MarketDesk.MoversScope.ofWatchList("nope"), Period.week(LocalDate.of(2024, 9, 2)), 3))
        .satisfies(e -> assertThat(Failure.of(e)).isEqualTo(Failure.NOT_FOUND));
    assertThatThrownBy(() -> desk.movers(MarketDesk.MoversScope.ofWatchList("hk"), Period.week(LocalDate.of(2024, 9, 2)), 0))
        .satisfies(e -> assertThat(Failure.of(e)).isEqualTo(Failure.BAD_INPUT));
  }

  @Test
  void indicesDefaultToEveryIndexOfTheWorkspace() {
    assertThat(desk.indices(List.of(), Period.week(LocalDate.of(2024, 9, 2))).rows())
        .extracting(r -> r.code()).contains("HSTECH.HI", "IXIC.GI").doesNotContain("0700.HK");
  }

  @Test
  void aReportComesBackAsBytes() {
    byte[] html = desk.reportBytes(ReportRequest.weekly(LocalDate.of(2024, 9, 2), Lang.ZH), ReportFormat.HTML);
    assertThat(new String(html, StandardCharsets.UTF_8)).contains("<html").contains("周报");
    byte[] xlsx = desk.reportBytes(ReportRequest.weekly(LocalDate.of(2024, 9, 2), Lang.ZH), ReportFormat.XLSX);
    assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
    assertThat(ReportRequest.monthly(YearMonth.of(2024, 11), Lang.EN).baseName()).isEqualTo("monthly-2024-11-en");
  }
}
