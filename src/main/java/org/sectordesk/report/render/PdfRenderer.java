package org.sectordesk.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;

/**
 * A4 PDF from the HTML renderer's page (openhtmltopdf): the report font registered explicitly and
 * embedded as a subset, page numbers in the footer, page numbers in the table of contents.
 */
public final class PdfRenderer {
  private final ReportFonts fonts;
  private final HtmlRenderer html;

  public PdfRenderer(ReportFonts fonts, HtmlRenderer html) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    this.html = Objects.requireNonNull(html, "html");
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    ReportFontMapper.install(fonts);
  }

  public byte[] render(Report report) {
    String page = html.renderForPdf(report);
    return pdf(fonts, page, "'" + report.title() + "'");
  }

  /** Lays out XHTML as a PDF with the report font embedded as subsets; {@code what} names the document in errors. */
  static byte[] pdf(ReportFonts fonts, String page, String what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
    TrueTypeFont[] faces = fonts.pdfFaces();
    // the faces are parsed once per process and embedded as subsets; one document at a time uses them
    synchronized (faces) {
      try (PDDocument doc = new PDDocument()) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePDDocument(doc);
        b.useFont(new PDFontSupplier(PDType0Font.load(doc, faces[0], true)), ReportFonts.FAMILY, 400, FontStyle.NORMAL, true);
        b.useFont(new PDFontSupplier(PDType0Font.load(doc, faces[1], true)), ReportFonts.FAMILY, 700, FontStyle.NORMAL, true);
        b.withHtmlContent(page, null);
        b.withProducer("Sector Desk");
        b.toStream(out);
        b.run();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the PDF of " + what, e);
      }
    }
    return out.toByteArray();
  }
}
