package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.report.Lang;
import org.sectordesk.report.ReportFonts;

/**
 * Same inputs, same document: the monthly report written here and again by a second JVM (other hash seeds, so an
 * order taken from a {@code Map.copyOf} or {@code Set.of} would show) is byte-identical in Markdown and HTML, and
 * its DOCX body ({@code word/document.xml}) is identical.
 */
class SameReportTwiceTest {
  private static final EnumSet<ReportFormat> FORMATS = EnumSet.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.DOCX);

  /** Writes the fixture monthly report of 2024-11 into {@code args[0]}/out (run in the second JVM). */
  public static void main(String[] args) {
    write(Path.of(args[0]));
  }

  static void write(Path dir) {
    ReportDesk desk = new ReportDesk(ReportFonts.load());
    desk.monthly(new FixtureSources(), ReportDesk.setup(dir, "monthly", Lang.ZH, Map.of()), YearMonth.of(2024, 11),
        Lang.ZH, FORMATS, dir.resolve("out"), null);
  }

  @Test
  void aReportWrittenTwiceInTwoJvmsIsTheSame(@TempDir Path tmp) throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    write(a);
    Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        SameReportTwiceTest.class.getName(), b.toString()))
        .redirectErrorStream(true).redirectOutput(tmp.resolve("second-jvm.log").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("second JVM finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("second-jvm.log"))).isZero();
    assertThat(Files.readAllBytes(b.resolve("out/monthly-2024-11.md")))
        .isEqualTo(Files.readAllBytes(a.resolve("out/monthly-2024-11.md")));
    assertThat(Files.readAllBytes(b.resolve("out/monthly-2024-11.html")))
        .isEqualTo(Files.readAllBytes(a.resolve("out/monthly-2024-11.html")));
    assertThat(documentXml(b.resolve("out/monthly-2024-11.docx"))).isEqualTo(documentXml(a.resolve("out/monthly-2024-11.docx")));
  }

  private static byte[] documentXml(Path docx) throws IOException {
    try (ZipFile z = new ZipFile(docx.toFile())) {
      ZipEntry e = z.getEntry("word/document.xml");
      try (InputStream in = z.getInputStream(e)) {
        return in.readAllBytes();
      }
    }
  }
}
