package org.sectordesk.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
  private static final int SNIFF = 64 * 1024;
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
    Charset charset;
    int bom = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else {
      charset = isUtf8(head, head.length == SNIFF) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
    }
    in.skipNBytes(bom);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    return new CsvTable(reader, counting, progress == null ? b -> { } : progress);
  }

  /** True when the bytes decode as UTF-8; a truncated last character is fine when the sample was cut short. */
  private static boolean isUtf8(byte[] bytes, boolean truncated) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    int length = bytes.length;
    if (truncated) {
      // step back over a character cut in two
      int i = length - 1;
      int back = 0;
      while (i >= 0 && back < 3 && (bytes[i] & 0xC0) == 0x80) {
        i--;
        back++;
      }
      if (i >= 0 && (bytes[i] & 0x80) != 0) {
        length = i;
      }
    }
    try {
      decoder.decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
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
        break;
      }
      lineNumber++;
      field.append('\n');
      line = more;
    }
    fields.add(wasQuoted ? field.toString() : field.toString().strip());
    return row(start);
  }

  private TableRow row(long start) {
    if (counting.count - lastReported >= PROGRESS_STEP) {
      lastReported = counting.count;
      progress.accept(lastReported);
    }
    return new TableRow(fields.toArray(new String[0]), start, null);
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
