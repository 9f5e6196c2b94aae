package org.sectordesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyst's Markdown as report sections. Read: {@code #}/{@code ##}/{@code ###} headings (sub-sections),
 * paragraphs, {@code - } and {@code 1. } lists, {@code **bold**}, pipe tables and pictures
 * ({@code ![caption](file.png)} on a line of its own). Nothing else is interpreted: HTML and other markup stay text.
 *
 * <p>Caption convention: a line {@code Table: caption} (or {@code 表：caption}) directly above or below a table
 * gives its caption; a picture's caption is its alt text. A captioned table or picture takes the next figure
 * number; one without a caption is printed without a number. A line directly below a table or picture starting
 * with {@code 资料来源：} or {@code Source:} is its source line.
 */
public final class AnalystMarkdown {
  private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*)$");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
  private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
  private static final Pattern DELIMITER = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
  private static final Pattern IMAGE = Pattern.compile("^\\s*!\\[([^\\]]*)\\]\\(\\s*([^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)\\s*$");
  private static final Pattern CAPTION = Pattern.compile("^\\s*(?:Table|表)\\s*[:：]\\s*(.+)$");
  private static final Pattern SOURCE = Pattern.compile("^\\s*(?:资料来源|数据来源|来源|Source|Sources)\\s*[:：].*$");
  private static final Pattern NUMBER = Pattern.compile("^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(%?)$");

  /** Pictures of the workspace by path relative to the workspace; empty when there is no such file. */
  public interface PictureFiles extends Function<String, Optional<byte[]>> {}

  private AnalystMarkdown() {}

  /**
   * Parses {@code markdown} read from {@code file} (a workspace path, for messages and for resolving picture
   * paths, which are relative to the Markdown file's folder).
   */
  public static List<Section> parse(String heading, int level, String markdown, String file, PictureFiles pictures) {
    List<String> lines = List.of((markdown + "\n").split("\r?\n", -1));
    List<Section> out = new ArrayList<>();
    String currentHeading = heading;
    int currentLevel = level;
    List<Block> blocks = new ArrayList<>();
    List<String> para = new ArrayList<>();
    List<Paragraph> list = new ArrayList<>();
    boolean ordered = false;
    String pendingCaption = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      Matcher h = HEADING.matcher(line);
      Matcher b = BULLET.matcher(line);
      Matcher n = NUMBERED.matcher(line);
      Matcher img = IMAGE.matcher(line);
      Matcher cap = CAPTION.matcher(line);
      boolean tableStart = TABLE_ROW.matcher(line).matches() && i + 1 < lines.size() && DELIMITER.matcher(lines.get(i + 1)).matches();
      boolean captionAbove = cap.matches() && i + 1 < lines.size()
          && (TABLE_ROW.matcher(lines.get(i + 1)).matches() || IMAGE.matcher(lines.get(i + 1)).matches());
      boolean structural = line.isBlank() || h.matches() || b.matches() || n.matches() || img.matches() || tableStart || captionAbove;
      if (!structural) {
        para.add(line.trim());
        continue;
      }
      if (!para.isEmpty()) {
        blocks.add(new Paragraph(TextSections.runs(String.join("", para)), Paragraph.Kind.BODY));
        para.clear();
      }
      boolean isItem = b.matches() || n.matches();
      if (!list.isEmpty() && (!isItem || (n.matches() != ordered))) {
        blocks.add(new BulletList(list, ordered));
        list = new ArrayList<>();
      }
      if (captionAbove) {
        pendingCaption = cap.group(1).trim();
      } else if (h.matches()) {
        out.add(new Section(currentHeading, currentLevel, blocks));
        blocks = new ArrayList<>();
        currentHeading = h.group(2).trim();
        currentLevel = Math.min(3, level + h.group(1).length());
      } else if (isItem) {
        ordered = n.matches();
        list.add(new Paragraph(TextSections.runs((n.matches() ? n.group(1) : b.group(1)).trim()), Paragraph.Kind.BODY));
      } else if (tableStart) {
        int start = i;
        List<String> rows = new ArrayList<>();
        rows.add(line);
        i += 2;
        while (i < lines.size() && TABLE_ROW.matcher(lines.get(i)).matches()) {
          rows.add(lines.get(i).stripTrailing());
          i++;
        }
        String caption = pendingCaption;
        pendingCaption = null;
        if (caption == null && i < lines.size() && CAPTION.matcher(lines.get(i)).matches()) {
          Matcher below = CAPTION.matcher(lines.get(i));
          below.matches();
          caption = below.group(1).trim();
          i++;
        }
        String source = "";
        if (i < lines.size() && SOURCE.matcher(lines.get(i)).matches()) {
          source = lines.get(i).trim();
          i++;
        }
        blocks.add(table(rows, caption, source, file, start + 1));
        i--; // the loop's i++ moves to the line after the table
      } else if (img.matches()) {
        String caption = pendingCaption != null ? pendingCaption : img.group(1).trim();
        pendingCaption = null;
        String source = "";
        if (i + 1 < lines.size() && SOURCE.matcher(lines.get(i + 1)).matches()) {
          source = lines.get(i + 1).trim();
          i++;
        }
        blocks.add(picture(img.group(2), caption, source, file, i + 1, pictures));
      }
    }
    if (!list.isEmpty()) {
      blocks.add(new BulletList(list, ordered));
    }
    out.add(new Section(currentHeading, currentLevel, blocks));
    return out.stream().filter(s -> !s.blocks().isEmpty() || !s.heading().isEmpty()).toList();
  }

  private static Table table(List<String> rows, String caption, String source, String file, int lineNo) {
    List<String> header = cells(rows.get(0));
    List<List<Cell>> body = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> cs = cells(rows.get(r));
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        row.add(cell(c < cs.size() ? cs.get(c) : ""));
      }
      body.add(row);
    }
    String cap = caption == null ? "" : caption;
    String where = file.isEmpty() ? "" : file.replaceAll(".*/", "").replaceAll("\\.md$", "") + " ";
    return new Table(cap, !cap.isEmpty(), List.of(header.stream().map(HeaderCell::of).toList()), body, Set.of(), "",
        source, cap.isEmpty() ? where + "table line " + lineNo : cap);
  }

  /** The cells of a pipe-table row; {@code \|} is a literal bar. */
  static List<String> cells(String row) {
    String s = row.trim();
    if (s.startsWith("|")) {
      s = s.substring(1);
    }
    if (s.endsWith("|") && !s.endsWith("\\|")) {
      s = s.substring(0, s.length() - 1);
    }
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
        cur.append('|');
        i++;
      } else if (c == '|') {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().trim());
    return out;
  }

  /**
   * A cell: a number written as the analyst wrote it (1,234.5 / -3.2% / +12) becomes a number cell that prints
   * exactly that text (so it aligns right and reads back as a number in Excel); anything else stays text,
   * {@code **x**} bold.
   */
  public static Cell cell(String text) {
    Matcher m = NUMBER.matcher(text);
    if (m.matches()) {
      int decimals = m.group(3) == null ? 0 : m.group(3).length();
      boolean grouped = m.group(2).contains(",");
      boolean percent = !m.group(4).isEmpty();
      double v = Double.parseDouble(text.replace(",", "").replace("%", "").replace("+", ""));
      NumberStyle style = percent ? NumberStyle.percent(decimals) : grouped ? NumberStyle.grouped(decimals) : NumberStyle.plain(decimals);
      if (m.group(1).equals("+")) {
        style = new NumberStyle(style.decimals(), style.grouping(), style.unit(), true);
      }
      Cell.Num num = new Cell.Num(percent ? v / 100 : v, style);
      if (num.printed().equals(text)) {
        return num;
      }
    }
    if (text.length() > 4 && text.startsWith("**") && text.endsWith("**")) {
      return new Cell.Text(text.substring(2, text.length() - 2), true);
    }
    return Cell.text(text);
  }

  private static Picture picture(String target, String caption, String source, String file, int lineNo,
      PictureFiles pictures) {
    String where = (file.isEmpty() ? "text" : file) + ":" + lineNo;
    if (target.contains("://") || target.startsWith("data:")) {
      throw new IllegalArgumentException(where + ": [image] '" + target + "' must be a file of the workspace (no links)");
    }
    Picture.Format format = Picture.Format.ofFileName(target).orElseThrow(() -> new IllegalArgumentException(where
        + ": [image] '" + target + "' must be a .png, .jpg, .jpeg or .svg file"));
    String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
    String path = dir + target;
    byte[] data = pictures.apply(path).orElseThrow(() -> new IllegalArgumentException(where + ": [image] " + path
        + " is not in the workspace"));
    try {
      return PictureSize.picture(caption, data, format, source, path, 16);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": [image] " + e.getMessage());
    }
  }
}
