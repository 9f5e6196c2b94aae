package org.sectordesk.ingest;

import java.io.IOException;
import org.sectordesk.domain.Security;

/**
 * A table with one row per security and date under a header row: finds the header, decides where each
 * row's security comes from (a code column, or {@code --code} for a single-security file), and hands out
 * the data rows, dropping blank rows (counted) and vendor footer lines.
 */
final class LongTable {
  private final Table table;
  private final ReadContext ctx;
  private final boolean vendor;
  private Header header;
  private int codeCol = -1;
  private Security fixed;
  private boolean usable;
  private boolean deferFieldCheck;

  /**
   * @param vendor      true for vendor exports (Wind, iFinD, Yahoo ...): footer lines are skipped
   * @param codeAliases the names the code column may have
   * @param symbolHint  what to say when a single-security file comes without {@code --code}
   */
  LongTable(Table table, ReadContext ctx, boolean vendor, String[] codeAliases, String symbolHint) throws IOException {
    this.table = table;
    this.ctx = ctx;
    this.vendor = vendor;
    TableRow first = table.next();
    while (first != null && first.blank()) {
      first = table.next();
    }
    if (first == null) {
      ctx.problems.fileProblem("header", "the file is empty");
      return;
    }
    header = new Header(first);
    codeCol = codeAliases.length == 0 ? -1 : header.find(codeAliases);
    String option = ctx.request.code();
    if (codeCol >= 0 && option != null) {
      ctx.problems.fileProblem("code", "--code " + option + " was given, but the file has a code column ('"
          + header.name(codeCol) + "'); leave out --code");
      return;
    }
    if (codeCol < 0) {
      if (option == null) {
        ctx.problems.fileProblem("code", "the file holds one security and has no code column"
            + (symbolHint == null ? "" : " (" + symbolHint + ")") + ": give --code CODE, the workspace code of the security");
        return;
      }
      fixed = ctx.codes.resolveOption(option, ctx.problems);
      if (fixed == null) {
        return;
      }
    }
    usable = true;
  }

  /** False when the header or the code source had a problem (already recorded). */
  boolean usable() {
    return usable;
  }

  Header header() {
    return header;
  }

  int codeCol() {
    return codeCol;
  }

  /** The next data row, or null at the end. Blank rows are dropped and counted; vendor footers skipped. */
  TableRow next() throws IOException {
    while (true) {
      TableRow row = table.next();
      if (row == null) {
        return null;
      }
      if (row.blank()) {
        ctx.problems.dropped("blank row", row.where());
        continue;
      }
      if (vendor && Footers.isFooter(row)) {
        continue;
      }
      ctx.reader.reset();
      if (!deferFieldCheck) {
        checkFields(row);
      }
      return row;
    }
  }

  /** Leaves the field-count check of each row to the caller (Yahoo's event rows are shorter and dropped). */
  void deferFieldCheck() {
    deferFieldCheck = true;
  }

  /**
   * Records a problem (and marks the row bad) when a CSV row's field count differs from the header's or its
   * text is broken (a quote never closed). Sheet rows end at their last filled cell, so they are not counted.
   */
  void checkFields(TableRow row) {
    Tables.checkFields(row, header, ctx.reader);
  }


  /** The row's security: from its code cell, or the one {@code --code} named; null after a problem. */
  Security security(TableRow row) {
    if (fixed != null) {
      return fixed;
    }
    return ctx.codes.resolve(row, codeCol, "code", ctx.reader);
  }
}
