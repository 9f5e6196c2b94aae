package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.news.AiTracker;
import org.sectordesk.news.DatePrecision;
import org.sectordesk.news.ModelSelection;
import org.sectordesk.news.SectionModel;
import org.sectordesk.news.AnnouncementList;
import org.sectordesk.news.DigestSection;
import org.sectordesk.news.NewsDigest;
import org.sectordesk.news.NewsItem;
import org.sectordesk.news.Section;
import org.sectordesk.workspace.Workspace;

/** The news use cases on a real workspace with its DuckDB file. */
class NewsDeskTest {
  private static final YearMonth NOV = YearMonth.of(2025, 11);
  private static final LocalDate FROM = LocalDate.of(2025, 11, 1);
  private static final LocalDate TO = LocalDate.of(2025, 11, 30);

  @TempDir Path dir;
  private Path monthFile;

  static Path fixture(String name) {
    try {
      return Path.of(NewsDeskTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void workspace() throws IOException {
    try (InputStream in = NewsDeskTest.class.getResourceAsStream("desk-with-watch-list.yaml")) {
      Files.copy(in, dir.resolve(Workspace.CONFIG_FILE));
    }
    monthFile = fixture("news-month.jsonl");
  }

  @Test
  void importIsIdempotentAndDatesUndatedItemsFromTheirText() {
    try (Workspace ws = Workspace.open(dir)) {
      NewsDesk desk = new NewsDesk(ws);
      NewsDesk.ImportResult first = desk.importNews(monthFile, NOV);
      assertThat(first.problems()).isEmpty();
      assertThat(first.added()).isEqualTo(5);
      assertThat(first.datedFromText()).isEqualTo(1);
      NewsDesk.ImportResult again = desk.importNews(monthFile, NOV);
      assertThat(again.added()).isZero();
      assertThat(again.replaced()).isZero();
      assertThat(again.unchanged()).isEqualTo(5);
      assertThat(desk.newsCount()).isEqualTo(5);
      NewsItem dated = desk.items(FROM, TO).stream().filter(i -> i.title().startsWith("中文在线")).findFirst().orElseThrow();
      assertThat(dated.date()).isEqualTo(LocalDate.of(2025, 11, 17));
      assertThat(dated.dateFromText()).isTrue();
    }
  }

  @Test
  void aBadRowRejectsTheWholeFileAndNothingIsStored() {
    try (Workspace ws = Workspace.open(dir)) {
      NewsDesk desk = new NewsDesk(ws);
      NewsDesk.ImportResult r = desk.importNews(fixture("news-one-bad-date.jsonl"), NOV);
      assertThat(r.problems()).extracting(Object::toString).containsExactly(
          "news-one-bad-date.jsonl:2 [published] '2025-13-01' is not a date (use 2025-11-17, 2025-11-17 09:30, or a month: 2025-11)");
      assertThat(desk.newsCount()).isZero();
      NewsDesk.ImportResult noPeriod = desk.importNews(monthFile, null);
      assertThat(noPeriod.problems()).singleElement().asString()
          .startsWith("news-month.jsonl:3 [published] no date: the item gives none; give --period YYYY-MM");
      assertThat(desk.newsCount()).isZero();
    }
  }

  @Test
  void itemsNamingNoDayImportWithTheMonthAndTheReportPrintsTheMonth() throws IOException {
    Path file = dir.resolve("month-only.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"title\": \"网易游戏本月新品测试\", \"body\": \"网易游戏多款新品开启测试。\", \"source\": \"来源甲\"}",
        "{\"title\": \"快手可灵月度收入创新高\", \"body\": \"快手可灵AI收入继续增长。\", \"published\": \"2025年10月\"}",
        "{\"title\": \"中文在线发布新模型\", \"body\": \"11 月 17 日消息，中文在线发布新模型。\"}"));
    try (Workspace ws = Workspace.open(dir)) {
      NewsDesk desk = new NewsDesk(ws);
      NewsDesk.ImportResult r = desk.importNews(file, NOV);
      assertThat(r.problems()).isEmpty();
      assertThat(r.monthOnly()).isEqualTo(1);
      assertThat(r.datedFromText()).isEqualTo(1);
      NewsItem netease = desk.items(FROM, TO).stream().filter(i -> i.title().startsWith("网易")).findFirst().orElseThrow();
      assertThat(netease.date()).isEqualTo(FROM);
      assertThat(netease.datePrecision()).isEqualTo(DatePrecision.MONTH);
      NewsItem kling = desk.items(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)).get(0);
      assertThat(kling.date()).isEqualTo(LocalDate.of(2025, 10, 1));
      assertThat(kling.datePrecision()).isEqualTo(DatePrecision.MONTH);
      NewsItem col = desk.items(FROM, TO).stream().filter(i -> i.title().startsWith("中文在线")).findFirst().orElseThrow();
      assertThat(col.datePrecision()).isEqualTo(DatePrecision.DAY);
      assertThat(desk.importNews(file, NOV).unchanged()).isEqualTo(3);

      var lines = new WorkspaceReportSources(ws, WorkspaceMarket.of(ws)).news(org.sectordesk.domain.Period.month(NOV));
      assertThat(lines).anySatisfy(l -> {
        assertThat(l.title()).startsWith("网易游戏");
        assertThat(l.zhDate()).isEqualTo("11月");
      });
      assertThat(lines).anySatisfy(l -> {
        assertThat(l.title()).startsWith("中文在线");
        assertThat(l.zhDate()).isEqualTo("11月17日");
        assertThat(l.body()).isEqualTo("中文在线发布新模型。");
      });
    }
  }

  @Test
  void companyBlocksFollowTheCoverageWhenNoMarketCapIsKnown() throws IOException {
    String yaml = Files.readString(dir.resolve(Workspace.CONFIG_FILE)).replace("coverage: []",
        "coverage:\n  - {code: 9988.HK, name: 阿里巴巴, sub_sector: 电商}\n  - {code: 0700.HK, name: 腾讯控股, sub_sector: 游戏}");
    Files.writeString(dir.resolve(Workspace.CONFIG_FILE), yaml);
    Path file = dir.resolve("ai.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"title\": \"快手可灵AI发布新版本\", \"body\": \"快手可灵AI发布新版本。\", \"published\": \"2025-11-02\"}",
        "{\"title\": \"快手可灵AI上线海外版\", \"body\": \"快手可灵AI上线海外版。\", \"published\": \"2025-11-03\"}",
        "{\"title\": \"腾讯混元发布新版本\", \"body\": \"腾讯混元大模型发布新版本。\", \"published\": \"2025-11-04\"}",
        "{\"title\": \"阿里通义千问开源新模型\", \"body\": \"阿里通义千问开源新一代模型。\", \"published\": \"2025-11-20\"}"));
    try (Workspace ws = Workspace.open(dir)) {
      NewsDesk desk = new NewsDesk(ws);
      assertThat(desk.importNews(file, NOV).problems()).isEmpty();
      DigestSection ai = desk.digest(FROM, TO).sections().get(Section.AI.ordinal());
      // no bars: the coverage order of desk.yaml weighs (阿里巴巴 before 腾讯), then the names outside it by story count
      assertThat(ai.blocks()).extracting(b -> b.companyName()).containsExactly("阿里巴巴", "腾讯", "快手");
      assertThat(ai.blocks().get(1).heading()).isEqualTo("腾讯：混元发布新版本");
    }
  }

  @Test
  void aChangedItemWithTheSameUrlIsReplacedAndKeepsItsLabel() throws IOException {
    try (Workspace ws = Workspace.open(dir)) {
      NewsDesk desk = new NewsDesk(ws);
      desk.importNews(monthFile, NOV);
      NewsItem games = desk.items(FROM, TO).stream().filter(i -> i.url().endsWith("/t/5")).findFirst().orElseThrow();
      desk.relabel(games.id(), Section.POLICY, LocalDateTime.of(2025, 11, 30, 9, 0));
      Path changed = dir.resolve("changed.jsonl");
      Files.writeString(changed, Files.readString(monthFile).replace("多家上市游戏公司产品获批", "多家上市公司产品获批，数量创新高"));
      NewsDesk.ImportResult r = desk.importNews(changed, NOV);
      assertThat(r.replaced()).isEqualTo(1);
      assertThat(r.unchanged()).isEqualTo(4);
      NewsItem after = desk.items(FROM, TO).stream().filter(i -> i.id().equals(games.id())).findFirst().orElseThrow();
      assertThat(after.body()).contains("数量创新高");
      assertThat(after.section()).isEqualTo(Section.POLICY);
      assertThat(after.labelled()).isTrue();
    }
  }

  @Test
  void digestFilesBySectionAndFoldsTheDuplicate() {
    try (Workspace ws = Workspace.open(dir)) {
      NewsDesk desk = new NewsDesk(ws);
      desk.importNews(monthFile, NOV);
      NewsDigest d = desk.digest(FROM, TO);
      assertThat(d.items()).isEqualTo(5);
      assertThat(d.folded()).isEqualTo(1);
      assertThat(d.sections()).extracting(DigestSection::section).containsExactly(Section.values());
      DigestSection ai = d.sections().get(0);
      assertThat(ai.entries()).anySatisfy(e -> {
        assertThat(e.mainCompanyName()).isEqualTo("腾讯");
        assertThat(e.duplicateIds()).hasSize(1);
        assertThat(e.sources()).containsExactlyInAnyOrder("来源甲", "来源乙");
        assertThat(e.firstSeen()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(e.item().body()).startsWith("转载：");
      });
      assertThat(d.sections().get(Section.POLICY.ordinal()).entries()).hasSize(1);
      assertThat(d.sections().get(Section.GAMES.ordinal()).entries()).hasSize(1);
    }
  }

  @Test
  void trackerListsTheAShareAiEventWithItsModels() {
    try (Workspace ws = Workspace.open(dir)) {
      NewsDesk desk = new NewsDesk(ws);
      desk.importNews(monthFile, NOV);
      AiTracker t = desk.tracker(FROM, TO);
      assertThat(t.rows()).singleElement().satisfies(r -> {
        assertThat(r.company()).isEqualTo("中文在线");
        assertThat(r.code()).isEqualTo("300364.SZ");
        assertThat(r.date()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(r.models()).containsExactly("文心一言");
      });
    }
  }

  @Test
  void relabelAndTrainWriteTheWorkspaceModel() {
    try (Workspace ws = Workspace.open(dir)) {
      NewsDesk desk = new NewsDesk(ws);
      desk.importNews(monthFile, NOV);
      assertThatThrownBy(() -> desk.relabel("nosuchid", Section.AI, LocalDateTime.of(2025, 11, 30, 9, 0)))
          .hasMessageContaining("no news item with id 'nosuchid'");
      NewsItem policy = desk.items(FROM, TO).stream().filter(i -> i.url().endsWith("/t/4")).findFirst().orElseThrow();
      NewsItem relabelled = desk.relabel(policy.id(), Section.AI, LocalDateTime.of(2025, 11, 30, 9, 0));
      assertThat(relabelled.section()).isEqualTo(Section.AI);
      NewsDesk.TrainResult r = desk.train();
      assertThat(r.relabelled()).isEqualTo(1);
      assertThat(r.examples()).isGreaterThan(400);
      assertThat(r.heldOutAccuracy()).isGreaterThan(0.7);
      assertThat(ws.file(NewsResources.WORKSPACE_MODEL)).exists();
      assertThat(ws.file(NewsResources.WORKSPACE_EMBEDDING_MODEL)).exists();
      assertThat(NewsResources.model(ws).trainingItems()).isEqualTo(r.examples() + 1);
      assertThat(r.selection().scores()).extracting(ModelSelection.Score::mode).contains(
          SectionModel.Mode.NAIVE_BAYES, SectionModel.Mode.EMBEDDING, SectionModel.Mode.COMBINED);
      assertThat(NewsResources.sectionModel(ws).mode()).isEqualTo(r.selection().chosen().mode());
      // every stored item was embedded at import: nothing to backfill
      assertThat(r.embedded()).isZero();
      assertThat(desk.items(FROM, TO)).allSatisfy(i -> assertThat(i.embedding()).hasSize(512));
    }
  }

  @Test
  void theWorkspaceDictionaryExtendsAndOverridesTheShippedOne() throws IOException {
    Files.createDirectories(dir.resolve("news"));
    Files.writeString(dir.resolve(NewsResources.WORKSPACE_DICTIONARY), String.join("\n",
        "companies:",
        "  - {id: tencent, name: 腾讯控股, name_en: Tencent, codes: [0700.HK], aliases: [微信]}",
        "  - {id: demo, name: 示例科技, codes: [300999.SZ], aliases: [示例大模型]}",
        "models:",
        "  - {name: 示例大模型, aliases: [示例大模型]}", ""));
    try (Workspace ws = Workspace.open(dir)) {
      var analyzer = NewsDesk.analyzer(ws);
      var a = analyzer.analyze("示例科技发布示例大模型", "公司称示例大模型已接入微信。");
      assertThat(a.tags().main()).map(c -> c.name()).contains("示例科技");
      assertThat(a.tags().models()).containsExactly("示例大模型");
      assertThat(analyzer.dictionary().resolve("微信")).map(c -> c.name()).contains("腾讯控股");
      assertThat(analyzer.dictionary().resolve("混元")).as("shipped alias dropped by the override").isEmpty();
      assertThat(analyzer.dictionary().resolve("豆包")).map(c -> c.name()).contains("字节跳动");
    }
    Files.writeString(dir.resolve(NewsResources.WORKSPACE_DICTIONARY), "companies:\n  - {id: x, name: X, codes: [notacode]}\n");
    try (Workspace ws = Workspace.open(dir)) {
      assertThatThrownBy(() -> NewsDesk.analyzer(ws))
          .hasMessageContaining("companies.yaml companies[1] (x) [codes]: 'notacode' is not a Wind-style code");
    }
  }

  @Test
  void announcementsOfTheWeekNewestFirstAndFilteredToWatchLists() {
    try (Workspace ws = Workspace.open(dir)) {
      NewsDesk desk = new NewsDesk(ws);
      NewsDesk.ImportResult r = desk.importAnnouncements(fixture("announcements-week.csv"));
      assertThat(r.added()).isEqualTo(4);
      assertThat(desk.importAnnouncements(fixture("announcements-week.csv")).added()).isZero();
      LocalDate mon = LocalDate.of(2024, 9, 2);
      LocalDate fri = LocalDate.of(2024, 9, 6);
      AnnouncementList watched = desk.announcements(mon, fri, false);
      assertThat(watched.announcements()).extracting(a -> a.time().toLocalDate().toString() + " " + a.code())
          .containsExactly("2024-09-04 300364.SZ", "2024-09-02 300364.SZ");
      assertThat(desk.announcements(mon, fri, true).announcements()).extracting(a -> a.code())
          .containsExactly("300364.SZ", "603000.SH", "300364.SZ");
    }
  }
}
