package org.sectordesk.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A table whose first rows can be looked at (to detect the layout) before they are read. */
final class PeekTable implements Table {
  private final Table table;
  private final List<TableRow> buffer = new ArrayList<>();
  private int position;

  PeekTable(Table table) {
    this.table = table;
  }

  /** Up to n rows from the current position, without consuming them. */
  List<TableRow> peek(int n) throws IOException {
    while (buffer.size() - position < n) {
      TableRow row = table.next();
      if (row == null) {
        break;
      }
      buffer.add(row);
    }
    return List.copyOf(buffer.subList(position, Math.min(buffer.size(), position + n)));
  }

  @Override
  public TableRow next() throws IOException {
    if (position < buffer.size()) {
      return buffer.get(position++);
    }
    return table.next();
  }

  @Override
  public void close() throws IOException {
    table.close();
  }
}
