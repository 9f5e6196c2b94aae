package org.sectordesk.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;

/**
 * What makes the Word file ready to send: the running header (house · title) and the footer "page X / Y" on every
 * page after the cover, and the report font embedded (an obfuscated subset with the characters the document uses,
 * as Word embeds fonts) so that Word and LibreOffice on a machine without a Chinese font show no boxes.
 */
final class WordFurniture {
  private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "maxp", "OS/2", "cmap", "glyf", "loca",
      "hmtx", "name", "post", "cvt ", "fpgm", "prep", "gasp");
  private static final String FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
  private static final String FONT_TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
  private static final String FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
  private static final String OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

  private WordFurniture() {}

  /** Header and footer on the pages after the first (the cover's page has neither). */
  static void headerAndFooter(XWPFDocument doc, Report report) {
    doc.createHeader(HeaderFooterType.FIRST).createParagraph();
    doc.createFooter(HeaderFooterType.FIRST).createParagraph();
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph h = header.createParagraph();
    h.setAlignment(ParagraphAlignment.RIGHT);
    CTBorder line = h.getCTP().addNewPPr().addNewPBdr().addNewBottom();
    line.setVal(STBorder.SINGLE);
    line.setSz(BigInteger.valueOf(4));
    line.setColor("999999");
    small(h.createRun(), report.house() + " · " + report.title());
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph f = footer.createParagraph();
    f.setAlignment(ParagraphAlignment.CENTER);
    field(f, "PAGE", "1");
    small(f.createRun(), " / ");
    field(f, "NUMPAGES", "1");
  }

  private static void small(XWPFRun r, String text) {
    r.setText(text);
    r.setFontSize(8);
    r.setColor("666666");
    r.setFontFamily(ReportFonts.FAMILY, XWPFRun.FontCharRange.eastAsia);
    r.setFontFamily(ReportFonts.FAMILY, XWPFRun.FontCharRange.ascii);
    r.setFontFamily(ReportFonts.FAMILY, XWPFRun.FontCharRange.hAnsi);
  }

  /** A complex field ({@code PAGE}, {@code NUMPAGES}) whose current result is {@code shown}. */
  private static void field(XWPFParagraph p, String instr, String shown) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    var it = p.createRun().getCTR().addNewInstrText();
    it.setStringValue(" " + instr + " ");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    small(p.createRun(), shown);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /**
   * Embeds subsets of the report font's regular and bold faces holding the characters of {@code text}, obfuscated
   * with a fresh key as ECMA-376 §17.8.1 prescribes. Only into a document without a font table of its own (a house
   * template keeps its fonts; its readers need the font installed).
   */
  static boolean embedFont(XWPFDocument doc, ReportFonts fonts, String text) throws IOException {
    OPCPackage pkg = doc.getPackage();
    try {
      PackagePartName tableName = PackagingURIHelper.createPartName("/word/fontTable.xml");
      if (pkg.containPart(tableName)) {
        return false;
      }
      Set<Integer> cps = new TreeSet<>();
      text.codePoints().filter(cp -> cp > 0x20).forEach(cps::add);
      for (char c = 0x20; c < 0x7F; c++) {
        cps.add((int) c);
      }
      TrueTypeFont[] faces = fonts.subsetFaces();
      byte[] regular;
      byte[] bold;
      synchronized (faces) {
        regular = subset(faces[0], cps);
        bold = subset(faces[1], cps);
      }
      PackagePart table = pkg.createPart(tableName, FONT_TABLE_TYPE);
      doc.getPackagePart().addRelationship(tableName, TargetMode.INTERNAL, FONT_TABLE_REL);
      String[] keys = {guid(), guid()};
      String[] ids = {
          embed(pkg, table, "/word/fonts/font1.odttf", regular, keys[0]),
          embed(pkg, table, "/word/fonts/font2.odttf", bold, keys[1])};
      String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<w:font w:name=\"" + ReportFonts.FAMILY + "\"><w:altName w:val=\"思源黑体\"/><w:charset w:val=\"86\"/>"
          + "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/>"
          + "<w:embedRegular r:id=\"" + ids[0] + "\" w:fontKey=\"" + keys[0] + "\" w:subsetted=\"1\"/>"
          + "<w:embedBold r:id=\"" + ids[1] + "\" w:fontKey=\"" + keys[1] + "\" w:subsetted=\"1\"/>"
          + "</w:font></w:fonts>";
      try (OutputStream out = table.getOutputStream()) {
        out.write(xml.getBytes(StandardCharsets.UTF_8));
      }
      return true;
    } catch (InvalidFormatException e) {
      throw new IOException("cannot embed the report font into the Word document", e);
    }
  }

  private static String embed(OPCPackage pkg, PackagePart table, String name, byte[] font, String key)
      throws InvalidFormatException, IOException {
    PackagePartName partName = PackagingURIHelper.createPartName(name);
    PackagePart part = pkg.createPart(partName, OBFUSCATED_FONT);
    PackageRelationship rel = table.addRelationship(partName, TargetMode.INTERNAL, FONT_REL);
    try (OutputStream out = part.getOutputStream()) {
      out.write(obfuscate(font, key));
    }
    return rel.getId();
  }

  /** XORs the first 32 bytes with the key's 16 bytes, taken from the GUID's hex digits read from the end. */
  static byte[] obfuscate(byte[] font, String guid) {
    String hex = guid.replaceAll("[{}-]", "");
    byte[] key = new byte[16];
    for (int i = 0; i < 16; i++) {
      key[i] = (byte) Integer.parseInt(hex.substring(30 - 2 * i, 32 - 2 * i), 16);
    }
    byte[] out = font.clone();
    for (int i = 0; i < 32 && i < out.length; i++) {
      out[i] ^= key[i % 16];
    }
    return out;
  }

  private static String guid() {
    return "{" + UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT) + "}";
  }

  private static byte[] subset(TrueTypeFont ttf, Set<Integer> cps) throws IOException {
    TTFSubsetter sub = new TTFSubsetter(ttf, SUBSET_TABLES);
    sub.addAll(cps);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sub.writeToStream(out);
    return out.toByteArray();
  }
}
