package org.sectordesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportFontsTest {
  private static Path buildFolder() throws Exception {
    return Path.of(ReportFonts.class.getResource("fonts/" + ReportFonts.REGULAR).toURI()).getParent();
  }

  @Test
  void aFontFoundAsFilesIsOpenedInPlaceAndReadWholeOnlyForEmbedding() throws Exception {
    Path dir = buildFolder();
    ReportFonts fonts = ReportFonts.fromDirectory(dir);
    assertThat(fonts.awt(10f, false).getFamily()).isEqualTo(ReportFonts.FAMILY);
    assertThat(fonts.awt(10f, false).canDisplayUpTo("恒生科技指数")).isEqualTo(-1);
    assertThat(fonts.awt(10f, true).canDisplayUpTo("腾讯控股")).isEqualTo(-1);
    assertThat(fonts.regularTtf()).isEqualTo(Files.readAllBytes(dir.resolve(ReportFonts.REGULAR)));
    assertThat(fonts.boldTtf()).isEqualTo(Files.readAllBytes(dir.resolve(ReportFonts.BOLD)));
    assertThat(fonts.pdfFaces()[0].getNumberOfGlyphs()).isGreaterThan(20_000);
  }

  @Test
  void aFolderWithoutTheBoldFaceUsesTheRegularForBoth(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Files.copy(buildFolder().resolve(ReportFonts.REGULAR), tmp.resolve(ReportFonts.REGULAR));
    ReportFonts fonts = ReportFonts.fromDirectory(tmp);
    assertThat(fonts.boldTtf()).isSameAs(fonts.regularTtf());
    assertThat(fonts.pdfFaces()[1]).isSameAs(fonts.pdfFaces()[0]);
    assertThat(fonts.awt(12f, true).canDisplayUpTo("网易")).isEqualTo(-1);
  }
}
