package org.sectordesk.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file as analysts' tools write it: UTF-8 with or without a byte-order mark, UTF-16
 * with a byte-order mark, or, when the bytes are not valid UTF-8, GB18030 (a superset of GBK, what Chinese
 * Excel and Wind write). Every importer and the workspace's own files read text through this one rule.
 */
public final class TextFiles {
  /** How many bytes the detection looks at. */
  public static final int SNIFF = 64 * 1024;

  /** The charset of a file and the length of its byte-order mark (0 when there is none). */
  public record Encoding(Charset charset, int bomLength) {}

  private TextFiles() {}

  /**
   * The encoding of a file whose first bytes are {@code head}.
   *
   * @param truncated true when {@code head} is only the start of the file (a character may be cut in two)
   */
  public static Encoding detect(byte[] head, boolean truncated) {
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      return new Encoding(StandardCharsets.UTF_8, 3);
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      return new Encoding(StandardCharsets.UTF_16LE, 2);
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      return new Encoding(StandardCharsets.UTF_16BE, 2);
    }
    return new Encoding(isUtf8(head, truncated) ? StandardCharsets.UTF_8 : Charset.forName("GB18030"), 0);
  }

  /** The whole file as text in its detected encoding, without the byte-order mark. */
  public static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return decode(bytes);
  }

  /** Bytes as text in their detected encoding, without the byte-order mark. */
  public static String decode(byte[] bytes) {
    Encoding e = detect(bytes, false);
    return new String(bytes, e.bomLength(), bytes.length - e.bomLength(), e.charset());
  }

  /** True when the bytes decode as UTF-8; a last character cut in two is fine when the sample was cut short. */
  static boolean isUtf8(byte[] bytes, boolean truncated) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    int length = bytes.length;
    if (truncated) {
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
}
