package org.sectordesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defect 11: the team's own files written by Chinese Excel (GBK / GB18030) import like UTF-8 ones. */
class GbkBookFilesTest {
  @TempDir Path dir;
  Path ws;

  @BeforeEach
  void workspace() throws IOException {
    ws = DeskRun.seededWorkspace(dir);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "d11-gbk-estimates.csv, import estimates, 30.1",
      "d11-gbk-ratings.csv, import ratings, 腾讯控股：广告提速",
      "d11-gbk-announcements.csv, announcements import, 关于股东减持计划的公告",
      "d11-gbk-news.csv, news import, 百度发布文心新版"})
  void aGbkFileImportsWithItsChineseIntact(String fixture, String command, String stored) throws IOException {
    Path file = DeskRun.fixture(fixture, dir);
    String[] words = command.split(" ");
    DeskRun.Result r = DeskRun.run(ws, words[0], words[1], file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(StoreDump.of(ws)).contains(stored);
  }
}
