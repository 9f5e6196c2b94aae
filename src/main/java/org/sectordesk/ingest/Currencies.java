package org.sectordesk.ingest;

/** Reads a currency cell: an ISO code ({@code HKD}) or the Chinese name Wind writes (港元, 美元, 人民币). */
public final class Currencies {
  private Currencies() {}

  /** The currency of a row: the cell's, or the fallback when the column is absent or the cell empty; null after a problem. */
  static String read(TableRow row, int col, String fallback, RowReader r) {
    if (col < 0) {
      return fallback;
    }
    String text = Header.clean(row.cell(col));
    if (text.isEmpty()) {
      return fallback;
    }
    String iso = iso(text);
    if (iso == null) {
      r.problem(row, col, "currency", BarRules.notACurrency(text));
    }
    return iso;
  }

  /** The ISO code for a code or Chinese name, or null. */
  static String iso(String text) {
    switch (text) {
      case "人民币": case "RMB": return "CNY";
      case "港元": case "港币": return "HKD";
      case "美元": return "USD";
      case "欧元": return "EUR";
      case "日元": return "JPY";
      case "英镑": return "GBP";
      case "新台币": return "TWD";
      case "新加坡元": return "SGD";
      case "韩元": return "KRW";
      default:
        break;
    }
    if (text.length() == 3 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z') && isIso(text)) {
      return text;
    }
    return null;
  }

  /**
   * True for an ISO 4217 code of a currency in use ({@code ZZZ}, {@code ABC} are not; neither are the codes
   * for gold, test and "no currency", X..).
   */
  public static boolean isIso(String code) {
    if (code == null || code.length() != 3 || code.charAt(0) == 'X' && !code.equals("XAF") && !code.equals("XOF")
        && !code.equals("XPF") && !code.equals("XCD")) {
      return false;
    }
    return ISO.contains(code);
  }

  private static final java.util.Set<String> ISO = java.util.Currency.getAvailableCurrencies().stream()
      .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());
}
