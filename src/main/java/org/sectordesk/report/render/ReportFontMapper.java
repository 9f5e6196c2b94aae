package org.sectordesk.report.render;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.sectordesk.report.ReportFonts;

/**
 * PDFBox's font mapper for fonts a document names but does not embed (openhtmltopdf registers the standard
 * Helvetica/Times/Courier): answers with the report font instead of scanning and loading the machine's system
 * fonts, so the PDF never depends on what is installed and a fresh machine builds no font cache.
 */
final class ReportFontMapper implements FontMapper {
  private final ReportFonts fonts;
  private TrueTypeFont face;

  ReportFontMapper(ReportFonts fonts) {
    this.fonts = fonts;
  }

  /** Installs the mapper for this process (PDFBox keeps one), unless one for the same fonts is in place. */
  static synchronized void install(ReportFonts fonts) {
    if (!(org.apache.pdfbox.pdmodel.font.FontMappers.instance() instanceof ReportFontMapper m) || m.fonts != fonts) {
      org.apache.pdfbox.pdmodel.font.FontMappers.set(new ReportFontMapper(fonts));
    }
  }

  private synchronized TrueTypeFont face() {
    if (face == null) {
      face = fonts.pdfFaces()[0];
    }
    return face;
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
    return new FontMapping<>(face(), true);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
    return new FontMapping<>(face(), true);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
    return new CIDFontMapping(null, face(), true);
  }
}
