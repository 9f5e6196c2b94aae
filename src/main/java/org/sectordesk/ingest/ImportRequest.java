package org.sectordesk.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to read: a file, its layout, and the options a user can give on the command line.
 *
 * @param file   the file (.csv, .txt, .xlsx, .xls)
 * @param layout the layout, or {@link Layout#AUTO}
 * @param code   the workspace code of the security a single-security file holds ({@code --code}); for FX
 *               files the pair ({@code USDCNY} or {@code USD/CNY}); null when not given
 * @param sheet  the sheet of a workbook ({@code --sheet}); null for the first sheet
 * @param priceBasis what a bar file's prices are ({@code --price-basis}); {@link PriceBasis#AUTO} to tell from the file
 */
public record ImportRequest(Path file, Layout layout, String code, String sheet, PriceBasis priceBasis) {
  public ImportRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(layout, "layout");
    code = code == null || code.isBlank() ? null : code.trim();
    sheet = sheet == null || sheet.isBlank() ? null : sheet;
    priceBasis = priceBasis == null ? PriceBasis.AUTO : priceBasis;
  }

  public ImportRequest(Path file, Layout layout, String code, String sheet) {
    this(file, layout, code, sheet, PriceBasis.AUTO);
  }

  public static ImportRequest of(Path file, Layout layout, String code) {
    return new ImportRequest(file, layout, code, null);
  }

  public static ImportRequest auto(Path file) {
    return new ImportRequest(file, Layout.AUTO, null, null);
  }

  /** The file's name, as problems show it. */
  public String fileName() {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
