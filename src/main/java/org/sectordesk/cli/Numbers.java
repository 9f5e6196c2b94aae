package org.sectordesk.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.sectordesk.desk.json.DeskJson;

/** Number printing for the terminal, the way the seeds print: half-up, thousands separators. */
final class Numbers {
  private Numbers() {}

  /** A fraction as percent with {@code dp} decimals, without the % sign (0.16743 → "16.7"). */
  static String pct(double fraction, int dp) {
    if (Double.isNaN(fraction)) {
      return "—";
    }
    return decimal(new BigDecimal(Double.toString(fraction)).movePointRight(2), dp, false);
  }

  /** A plain number with {@code dp} decimals and, optionally, thousands separators. */
  static String num(double value, int dp, boolean grouping) {
    if (Double.isNaN(value)) {
      return "—";
    }
    return decimal(new BigDecimal(Double.toString(value)), dp, grouping);
  }

  /** Percent value for JSON/CSV: unrounded fraction × 100, NaN as null. */
  static Double pctValue(double fraction) {
    return DeskJson.percent(fraction);
  }

  static Double value(double v) {
    return DeskJson.number(v);
  }

  private static String decimal(BigDecimal v, int dp, boolean grouping) {
    BigDecimal r = v.setScale(dp, RoundingMode.HALF_UP);
    if (r.signum() == 0) {
      r = r.abs();
    }
    if (!grouping) {
      return r.toPlainString();
    }
    DecimalFormat f = new DecimalFormat(dp == 0 ? "#,##0" : "#,##0." + "0".repeat(dp),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(r);
  }
}
