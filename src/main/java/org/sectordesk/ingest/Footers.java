package org.sectordesk.ingest;

/** The lines Wind and iFinD add under an export ("数据来源：Wind"), which are not data. */
final class Footers {
  private Footers() {}

  static boolean isFooter(TableRow row) {
    String first = "";
    for (String c : row.cells()) {
      if (!c.isBlank()) {
        first = Header.clean(c);
        break;
      }
    }
    return first.startsWith("数据来源") || first.startsWith("来源") || first.startsWith("资料来源")
        || first.startsWith("注") || first.startsWith("Source") || first.startsWith("Wind") || first.startsWith("iFinD")
        || first.startsWith("同花顺");
  }
}
