package org.sectordesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one number is printed. The core holds fractions ({@code 0.052}); the report prints
 * {@code 5.2}, {@code 5.20%}, {@code 14.8pct}, {@code 20.59x} or {@code 3,688,428}.
 *
 * <p>Rounding is HALF_UP on the decimal value of the double as Java prints it
 * ({@link BigDecimal#valueOf(double)}), so {@code 0.0525} at one decimal of percent prints
 * {@code 5.3}, as a person reading the number expects.
 *
 * <p>A style is written in layouts as a short code: an optional {@code +} (always show the sign),
 * {@code 0} or {@code #,##0} (thousands separators), an optional {@code .00…} (decimals), then a
 * unit: nothing (the number as is), {@code %} (percent of a fraction), {@code [%]} (percent of a
 * fraction printed without the sign, for tables whose header names the unit), {@code pct}
 * (percentage points of a fraction) or {@code x} (a multiple). Examples: {@code 0.0%},
 * {@code 0.00[%]}, {@code +0.00%}, {@code 0.0pct}, {@code 0.00x}, {@code #,##0}, {@code #,##0.00}.
 */
public record NumberStyle(int decimals, boolean grouping, Unit unit, boolean explicitSign) {

  /** What the number is and how its unit prints. */
  public enum Unit {
    NONE("", false, ""),
    PERCENT("%", true, "%"),
    PERCENT_BARE("[%]", true, ""),
    PCT_POINTS("pct", true, "pct"),
    MULTIPLE("x", false, "x");

    private final String code;
    private final boolean hundredths;
    private final String suffix;

    Unit(String code, boolean hundredths, String suffix) {
      this.code = code;
      this.hundredths = hundredths;
      this.suffix = suffix;
    }

    /** True when the value is a fraction printed as percent (times 100). */
    public boolean isFraction() {
      return hundredths;
    }

    public String suffix() {
      return suffix;
    }
  }

  private static final Pattern CODE = Pattern.compile("(\\+)?(#,##0|0)(?:\\.(0{1,6}))?(%|\\[%]|pct|x)?");

  public NumberStyle {
    Objects.requireNonNull(unit, "unit");
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals must be 0..6, got " + decimals);
    }
  }

  /** Parses a layout code such as {@code 0.0%} or {@code #,##0}; the message names the bad code. */
  public static NumberStyle parse(String code) {
    Objects.requireNonNull(code, "code");
    Matcher m = CODE.matcher(code.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("number format '" + code
          + "' is not one of the forms 0, #,##0, 0.0, 0.0%, 0.0[%], +0.00%, 0.0pct, 0.00x");
    }
    int decimals = m.group(3) == null ? 0 : m.group(3).length();
    Unit unit = switch (m.group(4) == null ? "" : m.group(4)) {
      case "%" -> Unit.PERCENT;
      case "[%]" -> Unit.PERCENT_BARE;
      case "pct" -> Unit.PCT_POINTS;
      case "x" -> Unit.MULTIPLE;
      default -> Unit.NONE;
    };
    return new NumberStyle(decimals, m.group(2).startsWith("#"), unit, m.group(1) != null);
  }

  /** A plain number with the given decimals. */
  public static NumberStyle plain(int decimals) {
    return new NumberStyle(decimals, false, Unit.NONE, false);
  }

  /** A number with thousands separators. */
  public static NumberStyle grouped(int decimals) {
    return new NumberStyle(decimals, true, Unit.NONE, false);
  }

  /** A fraction printed as percent with a {@code %} sign. */
  public static NumberStyle percent(int decimals) {
    return new NumberStyle(decimals, false, Unit.PERCENT, false);
  }

  /** A fraction printed as percent without the sign (the header names the unit). */
  public static NumberStyle percentBare(int decimals) {
    return new NumberStyle(decimals, false, Unit.PERCENT_BARE, false);
  }

  /** A difference of fractions printed in percentage points, e.g. {@code 14.8pct}. */
  public static NumberStyle pctPoints(int decimals) {
    return new NumberStyle(decimals, false, Unit.PCT_POINTS, false);
  }

  /** A multiple, e.g. {@code 20.59x}. */
  public static NumberStyle multiple(int decimals) {
    return new NumberStyle(decimals, false, Unit.MULTIPLE, false);
  }

  /** The same style, always showing the sign of non-zero values. */
  public NumberStyle signed() {
    return new NumberStyle(decimals, grouping, unit, true);
  }

  /** The same style without the unit suffix (percent stays scaled). */
  public NumberStyle bare() {
    return unit == Unit.PERCENT || unit == Unit.PCT_POINTS
        ? new NumberStyle(decimals, grouping, Unit.PERCENT_BARE, explicitSign)
        : unit == Unit.MULTIPLE ? new NumberStyle(decimals, grouping, Unit.NONE, explicitSign) : this;
  }

  /** The number as printed; the value must be finite. */
  public String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot print " + value + " with number format " + code());
    }
    BigDecimal d = rounded(value);
    String digits = d.abs().toPlainString();
    if (grouping) {
      digits = group(digits);
    }
    String sign = d.signum() < 0 ? "-" : explicitSign && d.signum() > 0 ? "+" : "";
    return sign + digits + unit.suffix;
  }

  /** The value as it prints, before the unit: e.g. {@code 5.3} for 0.0525 at {@code 0.0%}. */
  public BigDecimal rounded(double value) {
    BigDecimal d = BigDecimal.valueOf(value);
    if (unit.hundredths) {
      d = d.movePointRight(2);
    }
    d = d.setScale(decimals, RoundingMode.HALF_UP);
    return d.signum() == 0 ? d.abs() : d;
  }

  /** The layout code of this style, e.g. {@code +0.00%}. */
  public String code() {
    return (explicitSign ? "+" : "") + (grouping ? "#,##0" : "0")
        + (decimals > 0 ? "." + "0".repeat(decimals) : "") + unit.code;
  }

  /**
   * An Excel number format showing the unrounded cell value the way this style prints it.
   * Fractions show as Excel percent (Excel can scale by 100 only together with a % sign).
   */
  public String excelFormat() {
    String base = (grouping ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : "");
    String f = switch (unit) {
      case NONE -> base;
      case PERCENT, PERCENT_BARE, PCT_POINTS -> base + "%";
      case MULTIPLE -> base + "\"x\"";
    };
    return explicitSign ? "+" + f + ";-" + f + ";" + f : f;
  }

  @Override
  public String toString() {
    return code();
  }

  private static String group(String digits) {
    int dot = digits.indexOf('.');
    String intPart = dot < 0 ? digits : digits.substring(0, dot);
    String rest = dot < 0 ? "" : digits.substring(dot);
    StringBuilder sb = new StringBuilder();
    int n = intPart.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(intPart.charAt(i));
    }
    return sb + rest;
  }
}
