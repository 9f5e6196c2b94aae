package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.news.DigestSection;
import org.sectordesk.news.NewsDigest;
import org.sectordesk.workspace.Workspace;

/** The bundled SAMPLE news goes through the normal import path and fills every section. */
class SampleNewsTest {
  @Test
  void sampleMonthFillsEverySectionTheTrackerAndTheAnnouncements(@TempDir Path dir) throws IOException {
    try (InputStream in = SampleNewsTest.class.getResourceAsStream("desk-with-watch-list.yaml")) {
      Files.copy(in, dir.resolve(Workspace.CONFIG_FILE));
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(SampleNews.load(ws)).startsWith("SAMPLE news: 165 items (7 dated from their text), 41 announcements");
      assertThat(SampleNews.load(ws)).as("loading twice changes nothing").contains("165 items");
      NewsDesk desk = new NewsDesk(ws);
      assertThat(desk.newsCount()).isEqualTo(165);
      NewsDigest d = desk.digest(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));
      assertThat(d.folded()).isEqualTo(3);
      for (DigestSection s : d.sections()) {
        assertThat(s.entries()).as(s.section().id()).hasSizeGreaterThanOrEqualTo(4);
      }
      assertThat(desk.tracker(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30)).rows()).hasSizeGreaterThanOrEqualTo(10);
      // November 2024 and the week of 2024-09-02 (the sample reports' periods) have news in every report section
      assertThat(desk.digest(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30)).sections()).hasSizeGreaterThanOrEqualTo(7);
      assertThat(desk.digest(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 6)).sections()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(desk.tracker(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 7)).rows()).hasSizeGreaterThanOrEqualTo(15);
      assertThat(desk.announcements(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 6), true).announcements()).hasSize(19);
    }
  }
}
