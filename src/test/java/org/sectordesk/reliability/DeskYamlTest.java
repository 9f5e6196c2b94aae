package org.sectordesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defect 10: every mistake in desk.yaml is an error naming the file, the line and the key (exit 4). */
class DeskYamlTest {
  @TempDir Path dir;
  Path ws;
  String good;

  @BeforeEach
  void workspace() throws IOException {
    ws = DeskRun.seededWorkspace(dir);
    good = Files.readString(ws.resolve("desk.yaml"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a second coverage key | coverage: | coverage:\\n  - {code: SE.N, name: SEA, sub_sector: 社区}\\ncoverage: | desk.yaml:11 [coverage] is given twice (first at line 9)",
      "an unknown top-level key | name: 可靠性测试 | name: 可靠性测试\\nbogus_key: 1 | desk.yaml:3 [bogus_key] unknown key",
      "a bad code | {code: 9999.HK, | {code: 9999.XX, | desk.yaml:11 [coverage[1].code]",
      "a duplicate code | {code: 9999.HK, | {code: 0700.HK, | desk.yaml:11 [coverage[1].code] 0700.HK is listed twice (first at line 10",
      "an unknown sub_sector | name: 网易, sub_sector: 游戏 | name: 网易, sub_sector: 电竞 | desk.yaml:11 [coverage[1].sub_sector] '电竞' is not one of sub_sectors",
      "duplicate watch-list ids | coverage: | watch_lists:\\n  - {id: hk, members: [{code: 0700.HK, name: 腾讯}]}\\n  - {id: hk, members: [{code: 9999.HK, name: 网易}]}\\ncoverage: | desk.yaml:11 [watch_lists[1].id] watch list id 'hk' is used twice",
      "base_currency XYZ | base_currency: CNY | base_currency: XYZ | desk.yaml:3 [base_currency] 'XYZ' is not an ISO currency code"})
  void aMistakeNamesFileLineAndKey(String what, String find, String replace, String expected) throws IOException {
    assertThat(good).contains(find);
    Files.writeString(ws.resolve("desk.yaml"), good.replace(find, replace.replace("\\n", "\n")));
    DeskRun.Result r = DeskRun.run(ws, "review", "--month", "2024-11");
    assertThat(r.code()).as(r.err()).isEqualTo(4);
    assertThat(r.err()).contains(expected);
  }

  @Test
  void aGbkDeskYamlIsRead() throws IOException {
    Files.write(ws.resolve("desk.yaml"), good.getBytes(Charset.forName("GBK")));
    DeskRun.Result r = DeskRun.run(ws, "review", "--month", "2024-11");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("腾讯控股");
  }
}
