package org.sectordesk.ingest;

/**
 * Reads numbers as vendors write them: {@code 1234.5}, {@code "4,443.01"} (thousands separators),
 * {@code 1.2E7}, volumes like {@code 940.97M} / {@code 1.57B}, and the empty markers {@code -}, {@code --},
 * {@code N/A}. No regular expressions: one pass over the characters.
 */
final class Numbers {
  private Numbers() {}

  /** True when the text stands for "no value". */
  static boolean isMissing(String s) {
    if (s == null) {
      return true;
    }
    String t = s.strip();
    if (t.isEmpty()) {
      return true;
    }
    switch (t) {
      case "-": case "--": case "---": case "N/A": case "n/a": case "#N/A": case "NA": case "nan": case "NaN":
      case "null": case "None":
        return true;
      default:
        return false;
    }
  }

  /** The number, or NaN when missing; an error naming the text when it is not a number. */
  static double parse(String s) {
    return parse(s, false);
  }

  /** Like {@link #parse(String)}, and also reads a K / M / B / T multiplier suffix (volumes). */
  static double parseVolume(String s) {
    return parse(s, true);
  }

  /** A percentage like {@code -0.31%} as a fraction (-0.0031); NaN when missing. */
  static double parsePercent(String s) {
    if (isMissing(s)) {
      return Double.NaN;
    }
    String t = s.strip();
    if (t.endsWith("%")) {
      return parse(t.substring(0, t.length() - 1), false) / 100.0;
    }
    return parse(t, false);
  }

  private static double parse(String s, boolean suffix) {
    if (isMissing(s)) {
      return Double.NaN;
    }
    String t = s.strip();
    double multiplier = 1;
    if (suffix) {
      char last = Character.toUpperCase(t.charAt(t.length() - 1));
      switch (last) {
        case 'K': multiplier = 1e3; break;
        case 'M': multiplier = 1e6; break;
        case 'B': multiplier = 1e9; break;
        case 'T': multiplier = 1e12; break;
        default: break;
      }
      if (multiplier != 1) {
        t = t.substring(0, t.length() - 1);
      }
    }
    StringBuilder clean = null;
    boolean digit = false;
    boolean dot = false;
    boolean exponent = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == ',' && digit && !dot && !exponent) {
        if (!thousandsGroup(t, i)) {
          throw notANumber(s);
        }
        if (clean == null) {
          clean = new StringBuilder(t.length()).append(t, 0, i);
        }
        continue;
      } else if (c == '.' && !dot && !exponent) {
        dot = true;
      } else if ((c == '-' || c == '+') && (i == 0 || t.charAt(i - 1) == 'e' || t.charAt(i - 1) == 'E')) {
        // a sign at the start or after the exponent
      } else if ((c == 'e' || c == 'E') && digit && !exponent && i < t.length() - 1) {
        exponent = true;
      } else {
        throw notANumber(s);
      }
      if (clean != null) {
        clean.append(c);
      }
    }
    if (!digit) {
      throw notANumber(s);
    }
    double v;
    try {
      v = Double.parseDouble(clean == null ? t : clean.toString()) * multiplier;
    } catch (NumberFormatException e) {
      throw notANumber(s);
    }
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException("'" + Echo.echo(s) + "' is too large to be a number of any field");
    }
    return v;
  }

  /** A thousands separator at i is followed by exactly three digits ("1,5" is a decimal comma: not read). */
  private static boolean thousandsGroup(String t, int i) {
    if (i + 3 >= t.length()) {
      return false;
    }
    for (int k = i + 1; k <= i + 3; k++) {
      char d = t.charAt(k);
      if (d < '0' || d > '9') {
        return false;
      }
    }
    int next = i + 4;
    return next == t.length() || t.charAt(next) == ',' || t.charAt(next) == '.';
  }

  private static IllegalArgumentException notANumber(String s) {
    return new IllegalArgumentException("'" + Echo.echo(s) + "' is not a number");
  }
}
