package org.sectordesk.report.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.sectordesk.report.ReportFonts;

/**
 * Embeds the report font in a deck, so its Chinese shows on a machine without a CJK font: a subset holding the
 * characters the deck uses, regular and bold, wrapped as Embedded OpenType (the form PowerPoint stores fonts in,
 * and the form POI's font embedding reads).
 */
final class PptxFonts {
  private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
      "fpgm", "gasp", "OS/2", "name", "post", "cmap");

  private PptxFonts() {}

  /** Embeds the faces with the characters of {@code text} (plus ASCII). */
  static void embed(XMLSlideShow ppt, ReportFonts fonts, String text) throws IOException {
    Set<Integer> cps = new TreeSet<>();
    for (int c = 0x20; c < 0x7f; c++) {
      cps.add(c);
    }
    text.codePoints().forEach(cps::add);
    TrueTypeFont[] faces = fonts.subsetFaces();
    synchronized (faces) {
      byte[] regular = subset(faces[0], cps);
      ppt.addFont(new ByteArrayInputStream(eot(regular, false)));
      if (faces[1] != faces[0]) {
        ppt.addFont(new ByteArrayInputStream(eot(subset(faces[1], cps), true)));
      }
    }
  }

  private static byte[] subset(TrueTypeFont ttf, Set<Integer> cps) throws IOException {
    TTFSubsetter sub = new TTFSubsetter(ttf, TABLES);
    sub.addAll(cps);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sub.writeToStream(out);
    return out.toByteArray();
  }

  /** An EOT (version 0x00020001, uncompressed) wrapping a TrueType file; names from the font itself. */
  static byte[] eot(byte[] ttf, boolean bold) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    OS2WindowsMetricsTable os2 = font.getOS2Windows();
    String family = ReportFonts.FAMILY;
    String style = bold ? "Bold" : "Regular";
    String version = font.getNaming() == null || font.getNaming().getName(5, 3, 1, 0x409) == null ? "Version 1.0"
        : font.getNaming().getName(5, 3, 1, 0x409);
    String full = family + " " + style;
    byte[][] names = {utf16(family), utf16(style), utf16(version), utf16(full)};
    int size = 82;
    for (byte[] n : names) {
      size += 4 + n.length; // padding + size + name
    }
    size += 4; // padding + root string size (empty)
    size += ttf.length;
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(size);
    b.putInt(ttf.length);
    b.putInt(0x00020001);
    b.putInt(0); // flags: not compressed, not obfuscated
    byte[] panose = os2 == null ? new byte[10] : os2.getPanose();
    b.put(panose, 0, 10);
    b.put((byte) 1); // DEFAULT_CHARSET
    b.put((byte) 0); // not italic
    b.putInt(bold ? 700 : 400);
    b.putShort((short) (os2 == null ? 0 : os2.getFsType()));
    b.putShort((short) 0x504C);
    b.putInt(os2 == null ? 0 : (int) os2.getUnicodeRange1());
    b.putInt(os2 == null ? 0 : (int) os2.getUnicodeRange2());
    b.putInt(os2 == null ? 0 : (int) os2.getUnicodeRange3());
    b.putInt(os2 == null ? 0 : (int) os2.getUnicodeRange4());
    b.putInt(os2 == null ? 0 : (int) os2.getCodePageRange1());
    b.putInt(os2 == null ? 0 : (int) os2.getCodePageRange2());
    b.putInt((int) font.getHeader().getCheckSumAdjustment());
    for (int i = 0; i < 4; i++) {
      b.putInt(0);
    }
    for (byte[] n : names) {
      b.putShort((short) 0); // padding
      b.putShort((short) n.length);
      b.put(n);
    }
    b.putShort((short) 0);
    b.putShort((short) 0); // no root string
    b.put(ttf);
    font.close();
    return b.array();
  }

  private static byte[] utf16(String s) {
    return s.getBytes(StandardCharsets.UTF_16LE);
  }
}
