package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectordesk.ingest.Fixtures.file;
import static org.sectordesk.ingest.Fixtures.messages;
import static org.sectordesk.ingest.Fixtures.ref;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.FxKind;
import org.sectordesk.domain.FxRate;

class FxFilesTest {

  private static Imported<FxRate> read(String name, String pair) {
    return FxFiles.read(file(name), Layout.AUTO, pair, ref(), null);
  }

  @Test
  void deskFxSortedByPairAndDate() {
    Imported<FxRate> r = read("fx-desk.csv", null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).containsExactly(
        new FxRate(LocalDate.of(2024, 11, 29), "HKD", "CNY", 0.9305),
        new FxRate(LocalDate.of(2024, 11, 28), "USD", "CNY", 7.2450),
        new FxRate(LocalDate.of(2024, 11, 29), "USD", "CNY", 7.2429));
  }

  @Test
  void deskFxBadCurrencyAndZeroRate() {
    Imported<FxRate> r = read("fx-bad-currency.csv", null);
    assertThat(messages(r)).containsExactly(
        "fx-bad-currency.csv:2 [base] 'US Dollar' is not a currency (expected an ISO code like USD)",
        "fx-bad-currency.csv:3 [rate] rate must be positive, got '0'");
  }

  @Test
  void yahooMultiHeaderTakesThePairFromTheTickerLine() {
    Imported<FxRate> r = read("fx-yahoo-multiheader.csv", null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).containsExactly(
        new FxRate(LocalDate.of(2024, 11, 28), "USD", "CNY", 7.2450, "yahoo", FxKind.DAILY),
        new FxRate(LocalDate.of(2024, 11, 29), "USD", "CNY", 7.2429, "yahoo", FxKind.DAILY));
  }

  @Test
  void yahooPairCanBeGivenAsCode() {
    Imported<FxRate> r = read("fx-yahoo-multiheader.csv", "USD/CNY");
    assertThat(r.values()).hasSize(2).allMatch(x -> x.pair().equals("USD/CNY"));
    Imported<FxRate> bad = read("fx-yahoo-multiheader.csv", "DOLLARS");
    assertThat(messages(bad)).containsExactly(
        "fx-yahoo-multiheader.csv [code] 'DOLLARS' is not an FX pair (e.g. USDCNY, USD/CNY or Yahoo's CNY=X)");
  }

  @Test
  void fredMonthlyPerUsdRatesOnTheFirstOfTheMonth() {
    Imported<FxRate> r = read("fred-monthly.csv", null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).containsExactly(
        new FxRate(LocalDate.of(2024, 10, 1), "USD", "CNY", 7.0714, "fred", FxKind.MONTHLY_AVERAGE),
        new FxRate(LocalDate.of(2024, 11, 1), "USD", "CNY", 7.2063, "fred", FxKind.MONTHLY_AVERAGE),
        new FxRate(LocalDate.of(2024, 10, 1), "USD", "HKD", 7.7701, "fred", FxKind.MONTHLY_AVERAGE),
        new FxRate(LocalDate.of(2024, 11, 1), "USD", "HKD", 7.7798, "fred", FxKind.MONTHLY_AVERAGE));
  }

  @Test
  void fredUnknownCountryIsAProblem() {
    Imported<FxRate> r = read("fred-unknown-country.csv", null);
    assertThat(messages(r)).singleElement().asString()
        .startsWith("fred-unknown-country.csv:2 [country] no currency known for country 'Atlantis' (known: Australia, Brazil,");
  }

  @Test
  void barLayoutThatHoldsNoFxIsRejected() {
    Imported<FxRate> r = read("investing-newest-first.csv", null);
    assertThat(messages(r)).containsExactly("investing-newest-first.csv [layout] the file looks like layout investing,"
        + " which does not hold fx (for fx the layouts are desk, yahoo, wind-wide, fred)");
  }

  @Test
  void pairs() {
    assertThat(FxPairs.parse("USDCNY")).containsExactly("USD", "CNY");
    assertThat(FxPairs.parse("usd/cny")).containsExactly("USD", "CNY");
    assertThat(FxPairs.parse("HKDCNY.EX")).containsExactly("HKD", "CNY");
    assertThat(FxPairs.parse("CNY=X")).containsExactly("USD", "CNY");
    assertThat(FxPairs.parse("EURUSD=X")).containsExactly("EUR", "USD");
    assertThat(FxPairs.parse("港元兑人民币")).containsExactly("HKD", "CNY");
    assertThat(FxPairs.parse("USDUSD")).isNull();
    assertThat(FxPairs.parse("0700.HK")).isNull();
  }

  @Test
  void conflictingRatesForTheSamePairAndDay(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("fx-conflict.csv");
    java.nio.file.Files.writeString(f, "date,pair,rate\n2024-11-29,USD/CNY,7.2429\n2024-11-29,USDCNY,7.2500\n");
    Imported<FxRate> r = FxFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).containsExactly(
        "fx-conflict.csv:3 [date] 2024-11-29 of USD/CNY is given again with different values (first at line 2)");
  }

  @Test
  void singlePairFileTakesThePairAsCode(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("usdhkd.csv");
    java.nio.file.Files.writeString(f, "date,rate\n2024-11-29,7.7813\n");
    assertThat(FxFiles.read(f, Layout.DESK, "USDHKD", ref(), null).values())
        .containsExactly(new FxRate(LocalDate.of(2024, 11, 29), "USD", "HKD", 7.7813));
    assertThat(messages(FxFiles.read(f, Layout.DESK, null, ref(), null))).containsExactly("usdhkd.csv:1 [base] missing"
        + " required columns 'base' and 'quote' (or 'pair'); for a file of one pair give --code, e.g. --code USDCNY;"
        + " the header has: date, rate");
  }

  @Test
  void strayDailyQuoteIsNotedButMonthlyMovesAreNot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("fx-stray.csv");
    java.nio.file.Files.writeString(f, "date,base,quote,rate\n2011-07-15,USD,CNY,6.4338\n2011-07-18,USD,CNY,5.863\n"
        + "2011-07-19,USD,CNY,6.4688\n1993-12-01,USD,HKD,5.8\n1994-01-01,USD,HKD,8.7\n");
    Imported<FxRate> r = FxFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(r.ok()).isTrue();
    assertThat(r.notes()).containsExactly("check the source: the rate of USD/CNY moves by more than 5% from one value"
        + " to the next 2 times (2011-07-15 6.4338 to 2011-07-18 5.863; 2011-07-18 5.863 to 2011-07-19 6.4688)");
  }
}
