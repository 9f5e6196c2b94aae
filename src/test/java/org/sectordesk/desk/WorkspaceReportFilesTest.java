package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.report.House;
import org.sectordesk.report.Layout;
import org.sectordesk.report.SectionSpec;

/** {@code desk init} puts the files the reports read where the analyst can find and edit them. */
class WorkspaceReportFilesTest {

  @Test
  void initWritesTheLayoutsTheHouseAndATextsGuideThatReadAsTheBuiltInOnes(@TempDir Path dir) throws Exception {
    Path ws = dir.resolve("ws");
    WorkspaceSetup.init(ws, false, line -> {});

    for (String id : new String[] {"monthly", "weekly"}) {
      Path file = ws.resolve("layouts/" + id + ".yaml");
      assertThat(Files.readString(file)).startsWith("# Written by desk init").contains("Layout files");
      Layout copy;
      try (InputStream in = Files.newInputStream(file)) {
        copy = Layout.read(in, "layouts/" + id + ".yaml");
      }
      Layout builtIn = Layout.builtIn(id);
      assertThat(copy.title()).isEqualTo(builtIn.title());
      assertThat(copy.subtitle()).isEqualTo(builtIn.subtitle());
      assertThat(copy.numbering()).isEqualTo(builtIn.numbering());
      assertThat(copy.sections()).extracting(SectionSpec::type, SectionSpec::heading, SectionSpec::params)
          .isEqualTo(builtIn.sections().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.type(), s.heading(), s.params())).toList());
    }
    try (InputStream in = Files.newInputStream(ws.resolve("house.yaml"))) {
      assertThat(House.read(in, "house.yaml")).isEqualTo(House.defaults());
    }
    assertThat(Files.readString(ws.resolve("house.yaml"))).startsWith("# Written by desk init");
    assertThat(Files.readString(ws.resolve("texts/README.md"))).contains("texts/monthly-core-views.md", "texts/weekly-views.md");
  }

  @Test
  void theSampleWorkspaceGetsThemToo(@TempDir Path dir) {
    Path ws = dir.resolve("sample");
    WorkspaceSetup.init(ws, true, line -> {});
    assertThat(ws.resolve("layouts/monthly.yaml")).exists();
    assertThat(ws.resolve("layouts/weekly.yaml")).exists();
    assertThat(ws.resolve("house.yaml")).exists();
    assertThat(ws.resolve("texts/monthly-core-views.md")).exists();
  }
}
