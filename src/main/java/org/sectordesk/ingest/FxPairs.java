package org.sectordesk.ingest;

import java.util.Locale;

/**
 * Reads an FX pair as files name it: {@code USDCNY}, {@code USD/CNY}, {@code USDCNY.EX} (Wind), Yahoo's
 * {@code CNY=X} (USD/CNY) and {@code EURUSD=X}, or Chinese {@code 美元兑人民币}.
 */
final class FxPairs {
  private FxPairs() {}

  /** {base, quote}, or null when the text is not a pair. */
  static String[] parse(String raw) {
    String t = Header.clean(raw);
    int zh = t.indexOf('兑');
    if (zh > 0) {
      String base = Currencies.iso(t.substring(0, zh));
      String quote = Currencies.iso(t.substring(zh + 1));
      return base == null || quote == null ? null : new String[] {base, quote};
    }
    t = t.toUpperCase(Locale.ROOT).replace(" ", "");
    if (t.endsWith("=X")) {
      String s = t.substring(0, t.length() - 2);
      if (s.length() == 3 && letters(s)) {
        return new String[] {"USD", s};
      }
      t = s;
    }
    int dot = t.indexOf('.');
    if (dot == 6) {
      t = t.substring(0, 6);
    }
    if (t.length() == 7 && (t.charAt(3) == '/' || t.charAt(3) == '-' || t.charAt(3) == '.')) {
      t = t.substring(0, 3) + t.substring(4);
    }
    if (t.length() == 6 && letters(t) && !t.substring(0, 3).equals(t.substring(3))) {
      return new String[] {t.substring(0, 3), t.substring(3)};
    }
    return null;
  }

  private static boolean letters(String s) {
    return s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }
}
