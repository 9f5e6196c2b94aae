package org.sectordesk.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.Figure;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.SampleReports;

/** The chart PNGs must stay the bytes ImageIO wrote before: the reports' figures are unchanged. */
class PngEncoderTest {
  private static byte[] imageIo(BufferedImage img) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, "png", out)).isTrue();
    return out.toByteArray();
  }

  @Test
  void everyChartOfTheSampleReportEncodesToImageIosBytes() throws Exception {
    ChartRenderer charts = new ChartRenderer(ReportFonts.load(), HouseStyle.defaults());
    List<ChartSpec> specs = SampleReports.monthly().sections().stream().flatMap(s -> s.blocks().stream())
        .filter(b -> b instanceof Figure).map(b -> ((Figure) b).chart()).toList();
    assertThat(specs).hasSizeGreaterThan(2);
    for (ChartSpec spec : specs) {
      BufferedImage img = charts.image(spec, 605, 283, 2.5);
      byte[] ours = PngEncoder.encode(img);
      assertThat(ours).as(spec.getClass().getSimpleName()).isEqualTo(imageIo(img));
    }
  }

  @Test
  void anImageThatBarelyCompressesSpansManyChunksAndStillMatches() throws Exception {
    BufferedImage img = new BufferedImage(701, 333, BufferedImage.TYPE_INT_RGB);
    Random r = new Random(13);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, y % 7 == 0 ? 0xFFFFFF : r.nextInt());
      }
    }
    byte[] ours = PngEncoder.encode(img);
    assertThat(ours.length).isGreaterThan(3 * PngEncoder.IDAT_LENGTH);
    assertThat(ours).isEqualTo(imageIo(img));
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(ours));
    assertThat(back.getRGB(5, 1)).isEqualTo(img.getRGB(5, 1));
    assertThat(back.getRGB(700, 332)).isEqualTo(img.getRGB(700, 332));
  }

  @Test
  void otherImageLayoutsAreLeftToImageIo() throws Exception {
    BufferedImage argb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
    argb.setRGB(3, 4, 0x80FF0000);
    assertThat(PngEncoder.encode(argb)).isEqualTo(imageIo(argb));
    BufferedImage rgb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    rgb.setRGB(12, 11, 0x123456);
    BufferedImage part = rgb.getSubimage(10, 10, 20, 15);
    byte[] ours = PngEncoder.encode(part);
    assertThat(ours).isEqualTo(imageIo(part));
    assertThat(ImageIO.read(new ByteArrayInputStream(ours)).getRGB(2, 1) & 0xFFFFFF).isEqualTo(0x123456);
  }
}
