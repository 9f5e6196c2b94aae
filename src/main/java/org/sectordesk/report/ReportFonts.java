package org.sectordesk.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CJK font every output uses (Noto Sans SC, SIL Open Font License), never a system font: a fresh
 * machine has none, and charts would show boxes and the PDF '#'. The project's set-up fetches it
 * ({@code scripts/fetch-fonts.sh}, run by the Maven build) and the build puts it on the class path;
 * a folder can be named instead with the system property {@code desk.font.dir} or {@code DESK_FONT_DIR}.
 * Load once and share: the TrueType files are about 10 MB each.
 */
public final class ReportFonts {
  /** The family name outputs declare (DOCX runs, CSS, PDF). */
  public static final String FAMILY = "Noto Sans SC";
  static final String REGULAR = "NotoSansSC_400Regular.ttf";
  static final String BOLD = "NotoSansSC_700Bold.ttf";
  private static final String RESOURCE_DIR = "/org/sectordesk/report/fonts/";

  /** The TrueType files when the font was found as files; null when it came as bytes (from a jar). */
  private final Path regularFile;
  private final Path boldFile;
  private byte[] regular;
  private byte[] bold;
  private final Font awtRegular;
  private final Font awtBold;

  private ReportFonts(byte[] regular, byte[] bold) {
    this.regularFile = null;
    this.boldFile = null;
    this.regular = regular;
    this.bold = bold;
    this.awtRegular = create(regular, REGULAR);
    this.awtBold = bold == regular ? awtRegular : create(bold, BOLD);
  }

  /**
   * A font found as files is opened where it lies: AWT reads only the tables a chart needs, and the files are read
   * whole only for embedding (PDF, HTML, Word). Copying 20 MB out of a jar and into a temporary file for AWT cost a
   * quarter of a CPU-second per command.
   */
  private ReportFonts(Path regularFile, Path boldFile) {
    this.regularFile = regularFile;
    this.boldFile = boldFile;
    this.awtRegular = create(regularFile, REGULAR);
    this.awtBold = boldFile == null ? awtRegular : create(boldFile, BOLD);
  }

  /**
   * Loads the font from {@code desk.font.dir} / {@code DESK_FONT_DIR} if set, else from the class path (in place
   * when the class path holds it as files, as the build folder does).
   */
  public static ReportFonts load() {
    String dir = System.getProperty("desk.font.dir", System.getenv("DESK_FONT_DIR"));
    if (dir != null && !dir.isBlank()) {
      return fromDirectory(Path.of(dir));
    }
    Path folder = resourceFolder();
    if (folder != null) {
      return fromDirectory(folder);
    }
    byte[] r = resource(REGULAR);
    byte[] b = resource(BOLD);
    return new ReportFonts(r, b == null ? r : b);
  }

  /** The folder holding the regular font when the class path has it as a file; null otherwise (a jar). */
  private static Path resourceFolder() {
    java.net.URL url = ReportFonts.class.getResource(RESOURCE_DIR + REGULAR);
    if (url == null || !"file".equals(url.getProtocol())) {
      return null;
    }
    try {
      Path file = Path.of(url.toURI());
      return Files.isRegularFile(file) ? file.getParent() : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Loads the font from a folder holding {@code NotoSansSC_400Regular.ttf} (and optionally the bold). */
  public static ReportFonts fromDirectory(Path dir) {
    Path r = dir.resolve(REGULAR);
    if (!Files.isRegularFile(r)) {
      throw missing(dir + "/" + REGULAR);
    }
    Path b = dir.resolve(BOLD);
    return new ReportFonts(r, Files.isRegularFile(b) ? b : null);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ReportFonts.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        if (name.equals(REGULAR)) {
          throw missing("class path " + RESOURCE_DIR + name);
        }
        return null;
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report font " + name, e);
    }
  }

  private static MissingFontException missing(String where) {
    return new MissingFontException("the report font " + REGULAR + " (Noto Sans SC) is missing from " + where
        + ": run scripts/fetch-fonts.sh (the Maven build runs it; needs npm once), then rebuild,"
        + " or set DESK_FONT_DIR to a folder holding it. Without it Chinese text would print as boxes.");
  }

  private static Font create(byte[] data, String name) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
    } catch (FontFormatException | IOException e) {
      throw new MissingFontException("the report font " + name + " is not a readable TrueType font: " + e.getMessage());
    }
  }

  private static Font create(Path file, String name) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
    } catch (FontFormatException | IOException e) {
      throw new MissingFontException("the report font " + file + " is not a readable TrueType font: " + e.getMessage());
    }
  }

  /** Reads the files of a font opened in place, once. */
  private synchronized void readFiles() {
    if (regular != null) {
      return;
    }
    try {
      regular = Files.readAllBytes(regularFile);
      bold = boldFile == null ? regular : Files.readAllBytes(boldFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report font " + regularFile.getParent(), e);
    }
  }

  /** The AWT font at a size, bold or not (for charts). */
  public Font awt(float size, boolean boldFace) {
    return (boldFace ? awtBold : awtRegular).deriveFont(size);
  }

  /** The regular TrueType file. */
  public byte[] regularTtf() {
    readFiles();
    return regular;
  }

  /** The bold TrueType file (the regular one when no bold was found). */
  public byte[] boldTtf() {
    readFiles();
    return bold;
  }

  private org.apache.fontbox.ttf.TrueTypeFont[] pdfFaces;
  private org.apache.fontbox.ttf.TrueTypeFont[] subsetFaces;

  /**
   * The regular and bold faces parsed for PDF embedding, parsed once. Not thread-safe in use: the PDF renderer
   * holds the returned array's lock while it writes a document.
   */
  public synchronized org.apache.fontbox.ttf.TrueTypeFont[] pdfFaces() {
    if (pdfFaces == null) {
      pdfFaces = parse();
    }
    return pdfFaces;
  }

  /** The faces parsed for subsetting into HTML pages (a separate copy, used under its array's lock). */
  public synchronized org.apache.fontbox.ttf.TrueTypeFont[] subsetFaces() {
    if (subsetFaces == null) {
      subsetFaces = parse();
    }
    return subsetFaces;
  }

  private org.apache.fontbox.ttf.TrueTypeFont[] parse() {
    readFiles();
    try {
      org.apache.fontbox.ttf.TrueTypeFont r = new org.apache.fontbox.ttf.TTFParser()
          .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(regular));
      org.apache.fontbox.ttf.TrueTypeFont b = bold == regular ? r
          : new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bold));
      return new org.apache.fontbox.ttf.TrueTypeFont[] {r, b};
    } catch (IOException e) {
      throw new MissingFontException("the report font cannot be parsed: " + e.getMessage());
    }
  }

  /** Thrown when the CJK font cannot be found or read; the message says how to fix it. */
  public static final class MissingFontException extends IllegalStateException {
    public MissingFontException(String message) {
      super(message);
    }
  }
}
