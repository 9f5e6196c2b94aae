package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectordesk.ingest.Fixtures.messages;
import static org.sectordesk.ingest.Fixtures.ref;
import static org.sectordesk.ingest.Workbooks.row;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.ValuationPoint;

class WindWideLayoutTest {
  @TempDir
  Path dir;

  @Test
  void closesAcrossWithANamesRowAndEmptyCells() throws Exception {
    Path f = Workbooks.write(dir.resolve("wide.xlsx"), "收盘价", new Object[][] {
        row("代码", "0700.HK", "3690.HK", "IXIC.GI"),
        row("名称", "腾讯控股", "美团-W", "纳斯达克指数"),
        row(LocalDate.of(2024, 11, 28), 391.6, 166.0, null),
        row(LocalDate.of(2024, 11, 29), 398.0, 168.7, 19218.17),
        row("数据来源：Wind"),
    });
    Imported<Bar> r = BarFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).containsExactly(
        Bar.closeOnly("0700.HK", LocalDate.of(2024, 11, 28), 391.6, "HKD"),
        Bar.closeOnly("0700.HK", LocalDate.of(2024, 11, 29), 398.0, "HKD"),
        Bar.closeOnly("3690.HK", LocalDate.of(2024, 11, 28), 166.0, "HKD"),
        Bar.closeOnly("3690.HK", LocalDate.of(2024, 11, 29), 168.7, "HKD"),
        Bar.closeOnly("IXIC.GI", LocalDate.of(2024, 11, 29), 19218.17, "USD"));
  }

  @Test
  void problemsNameTheCell() throws Exception {
    Path f = Workbooks.write(dir.resolve("wide-bad.xlsx"), "收盘价", new Object[][] {
        row("Date", "0700.HK", "9999.HK"),
        row(LocalDate.of(2024, 11, 28), 391.6, 130.0),
    });
    Imported<Bar> r = BarFiles.read(f, Layout.WIND_WIDE, null, ref(), null);
    assertThat(messages(r)).containsExactly("wide-bad.xlsx:收盘价!C1 [code] unknown code '9999.HK': it is not among"
        + " the workspace's securities (add it to desk.yaml first)");

    Path g = Workbooks.write(dir.resolve("wide-bad-cell.xlsx"), "Sheet1", new Object[][] {
        row("Date", "0700.HK", "3690.HK"),
        row(LocalDate.of(2024, 11, 28), 391.6, "166.O"),
        row("2024-11-32", 398.0, -1),
    });
    Imported<Bar> s = BarFiles.read(g, Layout.AUTO, null, ref(), null);
    assertThat(messages(s)).containsExactly(
        "wide-bad-cell.xlsx:Sheet1!C2 [3690.HK] '166.O' is not a number",
        "wide-bad-cell.xlsx:Sheet1!A3 [date] '2024-11-32' is not a date (November 2024 has 30 days)");
  }

  @Test
  void negativeCloseInAWideSheet() throws Exception {
    Path f = Workbooks.write(dir.resolve("wide-neg.xlsx"), "Sheet1", new Object[][] {
        row("Date", "0700.HK"),
        row(LocalDate.of(2024, 11, 28), -391.6),
    });
    Imported<Bar> r = BarFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).containsExactly("wide-neg.xlsx:Sheet1!B2 [close] close must be positive, got '-391.6'");
  }

  @Test
  void fxPairsAcross() throws Exception {
    Path f = Workbooks.write(dir.resolve("wide-fx.xlsx"), "汇率", new Object[][] {
        row("日期", "USDCNY.EX", "HKDCNY.EX"),
        row(LocalDate.of(2024, 11, 29), 7.2429, 0.9305),
    });
    Imported<FxRate> r = FxFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).containsExactly(
        new FxRate(LocalDate.of(2024, 11, 29), "HKD", "CNY", 0.9305, "wind", org.sectordesk.domain.FxKind.DAILY),
        new FxRate(LocalDate.of(2024, 11, 29), "USD", "CNY", 7.2429, "wind", org.sectordesk.domain.FxKind.DAILY));
  }

  @Test
  void valuationAcross() throws Exception {
    Path f = Workbooks.write(dir.resolve("wide-pe.xlsx"), "PE", new Object[][] {
        row("", "HSTECH.HI", "000300.SH"),
        row(LocalDate.of(2024, 11, 29), 19.8, 12.68),
    });
    Imported<ValuationPoint> r = ValuationFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).containsExactly(
        new ValuationPoint("000300.SH", LocalDate.of(2024, 11, 29), 12.68),
        new ValuationPoint("HSTECH.HI", LocalDate.of(2024, 11, 29), 19.8));
  }

  @Test
  void noHeaderRowOfCodes() throws Exception {
    Path f = Workbooks.write(dir.resolve("wide-nocodes.xlsx"), "Sheet1", new Object[][] {
        row("日期", "腾讯", "美团"),
        row(LocalDate.of(2024, 11, 29), 398.0, 168.7),
    });
    Imported<Bar> r = BarFiles.read(f, Layout.WIND_WIDE, null, ref(), null);
    assertThat(messages(r)).containsExactly("wide-nocodes.xlsx:Sheet1!A1 [header] no header row of codes above the first date");
  }
}
