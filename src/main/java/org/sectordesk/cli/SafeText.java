package org.sectordesk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the desk prints goes to a terminal: a control character from a file or desk.yaml (ESC, BEL, a carriage
 * return) must not move the cursor, retitle the window or clear the screen. Every command's output and error
 * stream pass through this filter, which shows such characters escaped ({@code \x1b}); line feeds and tabs pass.
 */
final class SafeText extends FilterWriter {
  private SafeText(Writer out) {
    super(out);
  }

  /** A print writer that escapes control characters on their way to {@code out}. */
  static PrintWriter of(PrintWriter out) {
    return new PrintWriter(new SafeText(out), true);
  }

  /** The text with its control characters escaped (line feeds and tabs kept). */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format("\\x%02x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0);
  }

  @Override
  public void write(int c) throws IOException {
    if (isControl((char) c)) {
      out.write(String.format("\\x%02x", c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    write(new String(cbuf, off, len), 0, len);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    String part = str.substring(off, off + len);
    String safe = escape(part);
    out.write(safe, 0, safe.length());
  }
}
