package org.sectordesk.ingest;

/**
 * Text from a file that goes into a message: control characters shown escaped (a title holding ESC or BEL
 * must not drive the user's terminal) and a long value cut to a sane length.
 */
public final class Echo {
  /** The most characters of a value an error message echoes. */
  public static final int MAX_ECHO = 120;

  private Echo() {}

  /** Control characters escaped ({@code \u001b} as {@code \x1b}), cut after {@code max} characters. */
  public static String shorten(String s, int max) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 16);
    int i = 0;
    for (; i < s.length() && b.length() < max; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (i < s.length()) {
      b.append("… (").append(s.length()).append(" characters)");
    }
    return b.toString();
  }

  /** {@link #shorten(String, int)} with {@link #MAX_ECHO}. */
  public static String echo(String s) {
    return shorten(s, MAX_ECHO);
  }
}
