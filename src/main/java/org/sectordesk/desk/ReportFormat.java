package org.sectordesk.desk;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The output formats of a report and their file extensions. */
public enum ReportFormat {
  DOCX("docx"), PDF("pdf"), HTML("html"), MD("md"), XLSX("xlsx");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** Parses a comma-separated list such as {@code docx,pdf,html,md,xlsx} (or {@code all}). */
  public static Set<ReportFormat> parseList(String list) {
    Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
    for (String part : list.split(",")) {
      String p = part.trim().toLowerCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      if (p.equals("all")) {
        return EnumSet.allOf(ReportFormat.class);
      }
      ReportFormat f = switch (p) {
        case "docx", "word" -> DOCX;
        case "pdf" -> PDF;
        case "html", "htm" -> HTML;
        case "md", "markdown" -> MD;
        case "xlsx", "excel" -> XLSX;
        default -> throw new IllegalArgumentException("format '" + part.trim()
            + "' is not one of docx, pdf, html, md, xlsx (or all)");
      };
      out.add(f);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--format names no format; use e.g. docx,pdf,html,md,xlsx");
    }
    return out;
  }
}
