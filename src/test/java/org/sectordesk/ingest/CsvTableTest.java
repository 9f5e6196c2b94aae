package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  @TempDir
  Path dir;

  private List<TableRow> rows(byte[] bytes) throws Exception {
    Path f = dir.resolve("t.csv");
    Files.write(f, bytes);
    List<TableRow> out = new ArrayList<>();
    try (CsvTable t = CsvTable.open(f, null)) {
      TableRow r;
      while ((r = t.next()) != null) {
        out.add(r);
      }
    }
    return out;
  }

  @Test
  void bomCrlfQuotesAndLineNumbers() throws Exception {
    String text = "\ufeffa,b,c\r\n1,\"2,5\",\"say \"\"hi\"\"\"\r\n\r\n3, x ,\"multi\nline\"\r\n4,5,6\r\n";
    List<TableRow> rows = rows(text.getBytes(StandardCharsets.UTF_8));
    assertThat(rows).extracting(TableRow::line).containsExactly(1L, 2L, 3L, 4L, 6L);
    assertThat(rows.get(0).cells()).containsExactly("a", "b", "c");
    assertThat(rows.get(1).cells()).containsExactly("1", "2,5", "say \"hi\"");
    assertThat(rows.get(2).blank()).isTrue();
    assertThat(rows.get(3).cells()).containsExactly("3", "x", "multi\nline");
    assertThat(rows.get(4).cell(9)).isEmpty();
  }

  @Test
  void tabAndSemicolonSeparators() throws Exception {
    assertThat(rows("a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8)).get(1).cells()).containsExactly("1", "2");
    assertThat(rows("a;b\n1,5;2\n".getBytes(StandardCharsets.UTF_8)).get(1).cells()).containsExactly("1,5", "2");
  }

  @Test
  void gb18030WhenNotUtf8() throws Exception {
    List<TableRow> rows = rows("代码,收盘价\n0700.HK,398\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
    assertThat(rows.get(0).cells()).containsExactly("代码", "收盘价");
  }

  @Test
  void headerCleaningNbspBomUnits() {
    Header h = new Header(new TableRow(new String[] {"\ufeffDate", "Close\u00a0", "收盘价(元)", "总股本（万股）"}, 1, null));
    assertThat(h.find("date")).isZero();
    assertThat(h.find("close")).isEqualTo(1);
    assertThat(h.find("收盘价")).isEqualTo(2);
    assertThat(h.unit(2)).isEqualTo("元");
    assertThat(h.multiplier(3)).isEqualTo(1e4);
  }

  @Test
  void cellReferences() {
    TableRow r = new TableRow(new String[] {"a"}, 12, "My Sheet");
    assertThat(r.where(0)).isEqualTo("'My Sheet'!A12");
    assertThat(TableRow.columnLetters(25)).isEqualTo("Z");
    assertThat(TableRow.columnLetters(26)).isEqualTo("AA");
    assertThat(new TableRow(new String[] {"a"}, 12, null).where(3)).isEqualTo("12");
  }
}
