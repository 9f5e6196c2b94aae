package org.sectordesk.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Wind-style security codes: {@code 0700.HK}, {@code IQ.O}, {@code 600986.SH}, {@code HSTECH.HI}. */
public final class SecurityCodes {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_\\-]*\\.[A-Z]{1,3}");

  private SecurityCodes() {}

  /**
   * The canonical form of a code: upper case, no spaces ("1119. HK" as the seeds' PDFs print it becomes
   * "1119.HK"), and HK stock numbers padded to four digits ("700.HK" becomes "0700.HK").
   */
  public static String normalise(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("code is missing");
    }
    String code = raw.replace('\u00a0', ' ').replace(" ", "").trim().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("'" + raw + "' is not a Wind-style code (e.g. 0700.HK, IQ.O, 600986.SH)");
    }
    if (code.endsWith(".HK")) {
      String number = code.substring(0, code.length() - 3);
      if (number.chars().allMatch(Character::isDigit) && number.length() < 4) {
        code = "0".repeat(4 - number.length()) + code;
      }
    }
    Market.ofCode(code);
    return code;
  }

  /** True when the text is a code we can read. */
  public static boolean isCode(String raw) {
    try {
      normalise(raw);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
