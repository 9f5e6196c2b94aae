package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.Bar;
import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;

/** The rating book scored from a real workspace. */
class RatingBookDeskTest {
  @TempDir Path dir;
  private Workspace ws;
  private MarketStore market;

  @BeforeEach
  void open() throws IOException {
    Path yaml = BookImportsTest.fixture(dir, "desk.yaml");
    // BILI's bars stop on 2024-05-15: a delisting recorded in desk.yaml (the first day without trading)
    java.nio.file.Files.writeString(yaml, java.nio.file.Files.readString(yaml).replace(
        "{code: BILI.O, name: 哔哩哔哩, sub_sector: 社区}", "{code: BILI.O, name: 哔哩哔哩, sub_sector: 社区, delisted: 2024-05-16}"));
    ws = Workspace.open(dir);
    market = new DuckDbMarketStore(ws.database());
    List<Bar> bars = new ArrayList<>();
    bars.addAll(BookFixtures.bars("HSI.HI", "HKD", "2023-12-01", "2024-12-31", "2023-12-01", 16000));
    bars.addAll(BookFixtures.bars("0700.HK", "HKD", "2023-12-01", "2024-12-31", "2023-12-01", 300, "2024-02-01", 330));
    bars.addAll(BookFixtures.bars("000300.SH", "CNY", "2023-12-01", "2024-12-31", "2023-12-01", 3500, "2024-04-01", 3850));
    bars.addAll(BookFixtures.bars("801760.SI", "CNY", "2023-12-01", "2024-12-31", "2023-12-01", 1000, "2024-04-01", 1300));
    bars.addAll(BookFixtures.bars("SPX.GI", "USD", "2023-12-01", "2024-12-31", "2023-12-01", 4500));
    bars.addAll(BookFixtures.bars("BILI.O", "USD", "2023-12-01", "2024-05-15", "2023-12-01", 10.0, "2024-03-01", 8.0));
    market.writeBars(bars);
    BookImports.importRatings(ws, BookImportsTest.fixture(dir, "ratings-good.csv"));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void everyStatusFromTheStore() {
    RatingBookView v = new RatingBookDesk(ws, market).score(null, null, null);
    assertThat(v.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(v.ratings()).extracting(r -> r.date() + " " + r.code() + " " + r.status()).containsExactly(
        "2024-01-02 0700.HK superseded", "2024-01-02 801760.SI scored", "2024-02-01 BILI.O delisted",
        "2024-03-15 0700.HK pending");
    RatingBookView.Rated tencent = v.ratings().get(0);
    assertThat(tencent.benchmark()).isEqualTo("HSI.HI");
    assertThat(tencent.excess()).isCloseTo(0.10, within(1e-12));
    assertThat(tencent.realisedTier()).isEqualTo("中性");
    assertThat(tencent.hit()).isFalse();
    RatingBookView.Rated media = v.ratings().get(1);
    assertThat(media.target()).isEqualTo("industry");
    assertThat(media.benchmark()).isEqualTo("000300.SH");
    assertThat(media.excess6m()).isCloseTo(0.20, within(1e-12));
    assertThat(media.realisedTier()).isEqualTo("增持");
    assertThat(media.hit()).isTrue();
    RatingBookView.Rated bili = v.ratings().get(2);
    assertThat(bili.benchmark()).isEqualTo("SPX.GI");
    assertThat(bili.evaluatedTo()).isEqualTo(LocalDate.of(2024, 5, 15));
    assertThat(bili.excess()).isCloseTo(-0.20, within(1e-12));
    assertThat(bili.hit()).isFalse();
    assertThat(v.summary()).extracting(t -> t.scheme() + "/" + t.target() + "/" + t.tier() + ":" + t.stats().count())
        .containsExactly("guosen/stock/优于大市:1", "guosen/stock/中性:1", "huaan/industry/增持:1", "soochow/stock/买入:1");
    assertThat(v.overall().pending()).isEqualTo(1);
    assertThat(v.overall().hitRate()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void withoutARecordedDelistingDataThatStopsIsStaleAndLeftOutOfTheAggregates() throws IOException {
    ws.close();
    Path yaml = dir.resolve("desk.yaml");
    java.nio.file.Files.writeString(yaml, java.nio.file.Files.readString(yaml).replace(", delisted: 2024-05-16", ""));
    ws = Workspace.open(dir);
    market = new DuckDbMarketStore(ws.database());
    RatingBookView v = new RatingBookDesk(ws, market).score(null, null, null);
    RatingBookView.Rated bili = v.ratings().get(2);
    assertThat(bili.code()).isEqualTo("BILI.O");
    assertThat(bili.status()).isEqualTo("stale");
    assertThat(bili.excess()).isNaN();
    assertThat(bili.hit()).isNull();
    assertThat(bili.realisedTier()).isEmpty();
    assertThat(bili.note()).contains("ends 2024-05-15");
    assertThat(v.overall().count()).isEqualTo(4);
    assertThat(v.overall().stale()).isEqualTo(1);
    assertThat(v.overall().scored()).isEqualTo(2);
    assertThat(v.overall().pending()).isEqualTo(1);
    assertThat(v.overall().hitRate()).isCloseTo(1.0 / 2, within(1e-12));
  }

  @Test
  void filtersKeepSupersessionFromTheWholeBook() {
    RatingBookView v = new RatingBookDesk(ws, market).score(LocalDate.of(2024, 12, 31), "guosen", "张三");
    assertThat(v.ratings()).extracting(RatingBookView.Rated::status).containsExactly("superseded", "pending");
    assertThat(new RatingBookDesk(ws, market).score(null, "soochow", null).ratings()).hasSize(1);
  }
}
