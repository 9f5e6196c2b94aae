package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AnnouncementReaderTest {
  @Test
  void chineseHeadersSpacedCodesAndEveryProblemNamed() {
    Imported<AnnouncementRecord> r = AnnouncementReader.read(Fixtures.file("announcements-bad-time-and-code.csv"));
    assertThat(r.problems()).extracting(ImportProblem::toString).containsExactly(
        "announcements-bad-time-and-code.csv:3 [time] '2024-09-06 25:61' is not a date-time (use 2024-09-06 20:03)",
        "announcements-bad-time-and-code.csv:5 [code] 'ABC' is not a Wind-style code (e.g. 0700.HK, IQ.O, 600986.SH)",
        "announcements-bad-time-and-code.csv:6 [row] repeats an earlier row (same time, code and title)");
    assertThat(r.values()).extracting(AnnouncementRecord::code).containsExactly("300691.SZ", "600654.SH");
    assertThat(r.values().get(0).time()).isEqualTo(LocalDateTime.of(2024, 9, 6, 20, 3));
  }

  @Test
  void missingColumnsAreAHeaderProblem() {
    Imported<AnnouncementRecord> r = AnnouncementReader.read("x.csv", "time,code,title\n2024-09-06 20:03,300691.SZ,t\n");
    assertThat(r.problems()).singleElement().asString().startsWith("x.csv:1 [header] missing column 'name'");
  }
}
