package org.sectordesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table: caption (numbered with the figures unless {@code numbered} is false), header rows
 * (several rows for two-level headers), typed cells, columns whose equal neighbouring text cells
 * are merged vertically (e.g. the sub-sector column of the coverage table), a note and a source line.
 *
 * @param sheetName short name for the XLSX sheet; empty to derive it from the caption
 */
public record Table(String caption, boolean numbered, List<List<HeaderCell>> header, List<List<Cell>> rows,
    Set<Integer> mergedColumns, String note, String source, String sheetName) implements Block {

  public Table {
    Objects.requireNonNull(caption, "caption");
    header = Objects.requireNonNull(header, "header").stream().map(List::copyOf).toList();
    rows = Objects.requireNonNull(rows, "rows").stream().map(List::copyOf).toList();
    mergedColumns = Set.copyOf(new TreeSet<>(Objects.requireNonNull(mergedColumns, "mergedColumns")));
    note = note == null ? "" : note;
    source = source == null ? "" : source;
    sheetName = sheetName == null ? "" : sheetName;
    if (header.isEmpty()) {
      throw new IllegalArgumentException("header of table '" + caption + "' must have at least one row");
    }
    int width = header.get(0).stream().mapToInt(HeaderCell::colSpan).sum();
    for (int i = 0; i < header.size(); i++) {
      int w = header.get(i).stream().mapToInt(HeaderCell::colSpan).sum();
      if (w != width) {
        throw new IllegalArgumentException("header row " + (i + 1) + " of table '" + caption + "' spans " + w
            + " columns, the first spans " + width);
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != width) {
        throw new IllegalArgumentException("row " + (i + 1) + " of table '" + caption + "' has "
            + rows.get(i).size() + " cells, the header has " + width + " columns");
      }
    }
    for (int c : mergedColumns) {
      if (c < 0 || c >= width) {
        throw new IllegalArgumentException("merged column " + c + " of table '" + caption + "' is outside 0.." + (width - 1));
      }
    }
  }

  /** A table with one header row. */
  public static Table simple(String caption, List<String> columns, List<List<Cell>> rows, String source) {
    return new Table(caption, true, List.of(columns.stream().map(HeaderCell::of).toList()), rows, Set.of(), "",
        source, "");
  }

  public int columnCount() {
    return header.get(0).stream().mapToInt(HeaderCell::colSpan).sum();
  }

  /**
   * Vertical spans: {@code spans()[r][c]} is 1 for an ordinary cell, n &gt; 1 for the first cell
   * of a merged run of n equal text cells in a merged column, and 0 for a cell covered by a run above.
   */
  public int[][] spans() {
    int[][] s = new int[rows.size()][columnCount()];
    for (int[] row : s) {
      java.util.Arrays.fill(row, 1);
    }
    for (int c : mergedColumns) {
      int r = 0;
      while (r < rows.size()) {
        Cell first = rows.get(r).get(c);
        int end = r + 1;
        if (first instanceof Cell.Text t && !t.text().isEmpty()) {
          while (end < rows.size() && rows.get(end).get(c) instanceof Cell.Text u && u.text().equals(t.text())) {
            end++;
          }
        }
        s[r][c] = end - r;
        for (int k = r + 1; k < end; k++) {
          s[k][c] = 0;
        }
        r = end;
      }
    }
    return s;
  }

  /** The bottom header row as one label per column (group headers above are joined on top). */
  public List<String> columnLabels() {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < columnCount(); i++) {
      labels.add("");
    }
    for (List<HeaderCell> row : header) {
      int c = 0;
      for (HeaderCell h : row) {
        for (int k = 0; k < h.colSpan(); k++) {
          String prev = labels.get(c + k);
          labels.set(c + k, prev.isEmpty() ? h.text() : h.text().isEmpty() ? prev : prev + " " + h.text());
        }
        c += h.colSpan();
      }
    }
    return labels;
  }
}
