package org.sectordesk.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.sectordesk.domain.FxKind;
import org.sectordesk.domain.FxRate;

/**
 * FRED exchange rates as the datasets/exchange-rates files hold them: {@code Date,Country,Exchange rate}, one
 * row per country and observation (monthly observations are dated the 1st and imported on that date). FRED
 * quotes most currencies per US dollar (China 7.1 is USD/CNY 7.1, Hong Kong 7.8 is USD/HKD 7.8) and a few
 * as dollars per unit (Euro, United Kingdom, Australia, New Zealand: EUR/USD and so on).
 */
final class FredLayout {
  /** Country to {base, quote}. */
  private static final Map<String, String[]> PAIRS = Map.ofEntries(
      perUsd("China", "CNY"), perUsd("Hong Kong", "HKD"), perUsd("Japan", "JPY"), perUsd("Taiwan", "TWD"),
      perUsd("Singapore", "SGD"), perUsd("South Korea", "KRW"), perUsd("Korea", "KRW"), perUsd("India", "INR"),
      perUsd("Canada", "CAD"), perUsd("Switzerland", "CHF"), perUsd("Mexico", "MXN"), perUsd("Brazil", "BRL"),
      perUsd("Thailand", "THB"), perUsd("Malaysia", "MYR"), perUsd("Sweden", "SEK"), perUsd("Norway", "NOK"),
      perUsd("Denmark", "DKK"), perUsd("South Africa", "ZAR"), perUsd("Sri Lanka", "LKR"),
      usdPer("Euro", "EUR"), usdPer("United Kingdom", "GBP"), usdPer("Australia", "AUD"),
      usdPer("New Zealand", "NZD"));

  private FredLayout() {}

  private static Map.Entry<String, String[]> perUsd(String country, String currency) {
    return Map.entry(country, new String[] {"USD", currency});
  }

  private static Map.Entry<String, String[]> usdPer(String country, String currency) {
    return Map.entry(country, new String[] {currency, "USD"});
  }

  static void fx(Table table, ReadContext ctx, Series<FxRate> out) throws IOException {
    TableRow first = table.next();
    if (first == null) {
      ctx.problems.fileProblem("header", "the file is empty");
      return;
    }
    Header h = new Header(first);
    int dateCol = h.require(ctx.problems, "date", "date");
    int countryCol = h.require(ctx.problems, "country", "country");
    int rateCol = h.require(ctx.problems, "exchange rate", "exchange rate", "value");
    if (dateCol < 0 || countryCol < 0 || rateCol < 0) {
      return;
    }
    RowReader r = ctx.reader;
    TableRow row;
    while ((row = table.next()) != null) {
      if (row.blank()) {
        ctx.problems.dropped("blank row", row.where());
        continue;
      }
      r.reset();
      Tables.checkFields(row, h, r);
      String country = Header.clean(row.cell(countryCol));
      String[] pair = PAIRS.get(country);
      if (pair == null) {
        r.problem(row, countryCol, "country", "no currency known for country '" + country + "' (known: "
            + String.join(", ", new java.util.TreeSet<>(PAIRS.keySet())) + ")");
      }
      if (Numbers.isMissing(row.cell(rateCol)) && pair != null) {
        ctx.problems.dropped("no rate on the row", row.where());
        continue;
      }
      LocalDate d = r.date(row, dateCol, "date");
      double rate = r.price(row, rateCol, "exchange rate", true);
      if (r.bad()) {
        continue;
      }
      FxRate fx = new FxRate(d, pair[0], pair[1], rate, "fred", FxKind.MONTHLY_AVERAGE);
      out.add(fx.pair(), d, fx, row.where());
    }
  }
}
