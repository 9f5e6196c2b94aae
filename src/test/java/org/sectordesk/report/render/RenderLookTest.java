package org.sectordesk.report.render;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.SampleReports;
import org.sectordesk.report.chart.ChartRenderer;

class RenderLookTest {
  @Test
  void writeAll() throws Exception {
    ReportFonts fonts = ReportFonts.load();
    ChartRenderer charts = new ChartRenderer(fonts, HouseStyle.defaults());
    HtmlRenderer html = new HtmlRenderer(fonts, charts);
    Report r = SampleReports.monthly();
    Path dir = Path.of("target/report-look");
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    Files.writeString(dir.resolve("r.html"), html.render(r));
    long t1 = System.nanoTime();
    Files.write(dir.resolve("r.pdf"), new PdfRenderer(fonts, html).render(r));
    long t2 = System.nanoTime();
    Files.write(dir.resolve("r.docx"), new DocxRenderer(charts).render(r));
    long t3 = System.nanoTime();
    new MarkdownRenderer(charts).render(r, "r-figures").writeTo(dir, "r");
    Files.write(dir.resolve("r.xlsx"), new XlsxRenderer().render(r));
    long t4 = System.nanoTime();
    System.out.printf("html %d ms pdf %d ms docx %d ms md+xlsx %d ms%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000,
        (t3 - t2) / 1000000, (t4 - t3) / 1000000);
  }
}
