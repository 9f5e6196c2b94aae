package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and list commands end to end through DeskMain. */
class BookCommandsTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Path fixture(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/org/sectordesk/desk/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }

  private int run(String... args) {
    return DeskMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @BeforeEach
  void workspace() throws IOException {
    fixture("desk.yaml");
  }

  @Test
  void importRatingsThenListThem() throws IOException {
    Path f = fixture("ratings-good.csv");
    assertThat(run("-w", dir.toString(), "import", "ratings", f.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("ratings-good.csv: 4 ratings read, 4 new, 0 replaced, 0 unchanged");
    assertThat(run("-w", dir.toString(), "ratings", "list", "--format", "csv")).isEqualTo(0);
    assertThat(out.toString()).contains("date,code,name,scheme,tier,target_price,analyst,replaced_on,title",
        "2024-01-02,0700.HK,腾讯控股,guosen,优于大市,420.0,张三,2024-03-15,\"腾讯控股: 游戏回暖, 广告提速\"",
        "2024-01-02,801760.SI,传媒,huaan,增持,,李四,,传媒行业周报");
  }

  @Test
  void aRejectedImportExitsThreeAndNamesEveryProblem() throws IOException {
    Path f = fixture("estimates-bad-fields.csv");
    assertThat(run("-w", dir.toString(), "import", "estimates", f.toString())).isEqualTo(ExitCodes.DATA_PROBLEM);
    assertThat(err.toString()).contains("estimates-bad-fields.csv rejected, nothing stored: 6 problems",
        "estimates-bad-fields.csv:2 [as_of] '2024-11-31' is not a date");
  }

  @Test
  void badFormatIsAUsageError() {
    assertThat(run("-w", dir.toString(), "ratings", "list", "--format", "xml")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--format must be table, json or csv, got 'xml'");
  }
}
