package org.sectordesk.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.Figure;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.SampleReports;

class ChartRendererTest {
  private static ChartRenderer charts;

  @BeforeAll
  static void setUp() {
    charts = new ChartRenderer(ReportFonts.load(), HouseStyle.defaults());
  }

  private static ChartSpec first() {
    return SampleReports.monthly().sections().stream().flatMap(s -> s.blocks().stream())
        .filter(b -> b instanceof Figure).map(b -> ((Figure) b).chart()).findFirst().orElseThrow();
  }

  @Test
  void pngHasTheScaledSize() throws Exception {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(charts.png(first(), 600, 280, 2)));
    assertThat(img.getWidth()).isEqualTo(1200);
    assertThat(img.getHeight()).isEqualTo(560);
    assertThat(img.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF); // white edge, no dark frame
    assertThat(img.getRGB(1199, 559) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }

  @Test
  void svgDrawsTextAsOutlinesSoItNeedsNoFont() {
    String svg = charts.svg(first(), 600, 280, "c1");
    assertThat(svg).startsWith("<svg").contains("viewBox=").doesNotContain("<text");
    String other = charts.svg(first(), 600, 280, "c2");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("id='([^']+)'").matcher(svg + other);
    java.util.Set<String> ids = new java.util.HashSet<>();
    while (m.find()) {
      assertThat(ids.add(m.group(1))).as("duplicate id " + m.group(1)).isTrue();
    }
  }

  @Test
  void everyLabelUsesTheReportFontAndTheHouseColours() {
    JFreeChart c = charts.chart(first());
    CategoryPlot p = c.getCategoryPlot();
    assertThat(p.getDomainAxis().getTickLabelFont().getFamily()).isEqualTo(ReportFonts.FAMILY);
    assertThat(c.getLegend().getItemFont().getFamily()).isEqualTo(ReportFonts.FAMILY);
    assertThat(p.getRenderer().getSeriesPaint(0)).isEqualTo(HouseStyle.awt("#1F4E79"));
    assertThat(ReportFonts.load().awt(10f, false).canDisplayUpTo("恒生科技指数")).isEqualTo(-1);
  }
}
