package org.sectordesk.ingest;

import java.io.Closeable;
import java.io.IOException;

/** Rows of text from a CSV file or a workbook sheet, read one at a time. */
interface Table extends Closeable {
  /** The next row, or null at the end. */
  TableRow next() throws IOException;

  @Override
  void close() throws IOException;
}
