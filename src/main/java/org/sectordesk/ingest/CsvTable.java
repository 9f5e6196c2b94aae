package org.sectordesk.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A CSV file read line by line, keeping line numbers. Handles a byte-order mark, CRLF / LF / CR line ends,
 * quoted fields (with {@code ""} escapes and line breaks inside quotes), comma, tab or semicolon separators
 * (from the first line), and files in UTF-8 or, when the first 64 KiB are not valid UTF-8, GB18030 (what
 * Chinese Excel and Wind write). Reports the bytes read so far to a progress callback.
 */
final class CsvTable implements Table {
  private static final int SNIFF = TextFiles.SNIFF;
  private static final long PROGRESS_STEP = 1 << 20;

  private final BufferedReader reader;
  private final Counting counting;
  private final LongConsumer progress;
  private long lineNumber;
  private long lastReported;
  private char separator;
  private final List<String> fields = new ArrayList<>();
  private final StringBuilder field = new StringBuilder();

  private CsvTable(BufferedReader reader, Counting counting, LongConsumer progress) {
    this.reader = reader;
    this.counting = counting;
    this.progress = progress;
  }

  static CsvTable open(Path file, LongConsumer progress) throws IOException {
    Counting counting = new Counting(Files.newInputStream(file));
    BufferedInputStream in = new BufferedInputStream(counting, SNIFF + 16);
    in.mark(SNIFF + 8);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    TextFiles.Encoding encoding = TextFiles.detect(head, head.length == SNIFF);
    Charset charset = encoding.charset();
    int bom = encoding.bomLength();
    in.skipNBytes(bom);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    return new CsvTable(reader, counting, progress == null ? b -> { } : progress);
  }

  @Override
  public TableRow next() throws IOException {
    String line = reader.readLine();
    if (line == null) {
      progress.accept(counting.count);
      return null;
    }
    lineNumber++;
    long start = lineNumber;
    if (separator == 0) {
      separator = sniffSeparator(line);
    }
    fields.clear();
    if (line.indexOf('"') < 0) {
      // fast path: no quotes, split at the separators
      int from = 0;
      while (true) {
        int end = line.indexOf(separator, from);
        if (end < 0) {
          fields.add(line.substring(from).strip());
          break;
        }
        fields.add(line.substring(from, end).strip());
        from = end + 1;
      }
      return row(start);
    }
    field.setLength(0);
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == separator) {
          fields.add(wasQuoted ? field.toString() : field.toString().strip());
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '"' && field.toString().isBlank()) {
          field.setLength(0);
          quoted = true;
          wasQuoted = true;
        } else {
          field.append(c);
        }
      }
      if (!quoted) {
        break;
      }
      String more = reader.readLine();
      if (more == null) {
        fields.add(field.toString());
        return row(start, "a quote opened on line " + start + " is never closed");
      }
      lineNumber++;
      field.append('\n');
      line = more;
    }
    fields.add(wasQuoted ? field.toString() : field.toString().strip());
    return row(start);
  }

  private TableRow row(long start) {
    return row(start, null);
  }

  private TableRow row(long start, String defect) {
    if (counting.count - lastReported >= PROGRESS_STEP) {
      lastReported = counting.count;
      progress.accept(lastReported);
    }
    return new TableRow(fields.toArray(new String[0]), start, null, defect);
  }

  private static char sniffSeparator(String header) {
    int commas = 0;
    int tabs = 0;
    int semicolons = 0;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == ',') {
        commas++;
      } else if (c == '\t') {
        tabs++;
      } else if (c == ';') {
        semicolons++;
      }
    }
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    if (semicolons > commas) {
      return ';';
    }
    return ',';
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** Counts the bytes read from the file. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }
}
