package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectordesk.ingest.Fixtures.messages;
import static org.sectordesk.ingest.Fixtures.ref;
import static org.sectordesk.ingest.Workbooks.row;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.ValuationPoint;

class WindLongLayoutTest {
  @TempDir
  Path dir;

  private static final Object[] HEADER = row("代码", "简称", "日期", "开盘价(元)", "最高价(元)", "最低价(元)",
      "收盘价(元)", "后复权收盘价", "成交量(股)", "币种");

  private Path prices() throws Exception {
    return Workbooks.write(dir.resolve("wind-long.xlsx"), "行情", new Object[][] {
        HEADER,
        row("0700.HK", "腾讯控股", LocalDate.of(2024, 11, 28), 392.4, 396.0, 389.0, 391.6, 1012.5, 15100000, "港元"),
        row("0700.HK", "腾讯控股", "2024-11-29", 390.0, 399.0, 388.2, 398.0, 1029.1, 18200000, "HKD"),
        row("3690.HK", "美团-W", LocalDate.of(2024, 11, 29), 170.0, 171.5, 166.0, 168.7, 168.7, 9000000, null),
        row("600986.SH", "浙文互联", LocalDate.of(2024, 11, 29), null, null, null, null, null, null, null),
        row(),
        row("数据来源：Wind"),
    }, "说明", new Object[][] {row("导出说明")});
  }

  @Test
  void readsBarsWithUnitsCurrenciesAndFooters() throws Exception {
    Imported<Bar> r = BarFiles.read(prices(), Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).containsExactly(
        new Bar("0700.HK", LocalDate.of(2024, 11, 28), 392.4, 396.0, 389.0, 391.6, 1012.5, 15100000, "HKD"),
        new Bar("0700.HK", LocalDate.of(2024, 11, 29), 390.0, 399.0, 388.2, 398.0, 1029.1, 18200000, "HKD"),
        new Bar("3690.HK", LocalDate.of(2024, 11, 29), 170.0, 171.5, 166.0, 168.7, 168.7, 9000000, "HKD"));
    assertThat(r.notes()).containsExactly("dropped 1 row: no price on the row (a day without trading) (行情!A5)");
  }

  @Test
  void wrongSheetListsTheSheets() throws Exception {
    Imported<Bar> r = BarFiles.read(new ImportRequest(prices(), Layout.AUTO, null, "Prices"), ref(), null);
    assertThat(messages(r)).containsExactly(
        "wind-long.xlsx [sheet] no sheet named 'Prices'; the workbook's sheets are: 行情, 说明");
  }

  @Test
  void namedSheetIsRead() throws Exception {
    Imported<Bar> r = BarFiles.read(new ImportRequest(prices(), Layout.WIND_LONG, null, "行情"), ref(), null);
    assertThat(r.ok()).isTrue();
    assertThat(r.values()).hasSize(3);
  }

  @Test
  void problemsNameSheetAndCell() throws Exception {
    Path f = Workbooks.write(dir.resolve("wind-bad.xlsx"), "Sheet1", new Object[][] {
        HEADER,
        row("0700.HK", "腾讯控股", LocalDate.of(2024, 11, 28), 392.4, 396.0, 389.0, "391.6O", 1012.5, 15100000, "HKD"),
        row("9999.HK", "网易-S", LocalDate.of(2024, 11, 28), 130.0, 131.0, 129.0, 130.2, 130.2, 100, "HKD"),
        row("0700.HK", "腾讯控股", "2024-11-31", 392.4, 396.0, 389.0, 391.6, 1012.5, 15100000, "港币"),
        row("3690.HK", "美团-W", LocalDate.of(2024, 11, 29), 170.0, 171.5, 166.0, 168.7, 168.7, 9000000, "dollars"),
    });
    Imported<Bar> r = BarFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(r.values()).isEmpty();
    assertThat(messages(r)).containsExactly(
        "wind-bad.xlsx:Sheet1!G2 [close] '391.6O' is not a number",
        "wind-bad.xlsx:Sheet1!A3 [code] unknown code '9999.HK': it is not among the workspace's securities"
            + " (add it to desk.yaml first)",
        "wind-bad.xlsx:Sheet1!C4 [date] '2024-11-31' is not a date (November 2024 has 30 days)",
        "wind-bad.xlsx:Sheet1!J5 [currency] 'dollars' is not a currency (expected an ISO code like HKD)");
  }

  @Test
  void duplicateCellsInASheetNameBothPlaces() throws Exception {
    Path f = Workbooks.write(dir.resolve("wind-dup.xlsx"), "Sheet1", new Object[][] {
        row("证券代码", "交易日期", "收盘价"),
        row("0700.HK", LocalDate.of(2024, 11, 28), 391.6),
        row("0700.HK", LocalDate.of(2024, 11, 28), 391.8),
    });
    Imported<Bar> r = BarFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).containsExactly(
        "wind-dup.xlsx:Sheet1!A3 [date] 2024-11-28 of 0700.HK is given again with different values (first at Sheet1!A2)");
  }

  @Test
  void missingCloseColumnInASheet() throws Exception {
    Path f = Workbooks.write(dir.resolve("wind-noclose.xlsx"), "Sheet1", new Object[][] {
        row("代码", "日期", "成交量"),
        row("0700.HK", LocalDate.of(2024, 11, 28), 100),
    });
    Imported<Bar> r = BarFiles.read(f, Layout.WIND_LONG, null, ref(), null);
    assertThat(messages(r)).containsExactly("wind-noclose.xlsx:Sheet1!A1 [close] missing required column 'close'"
        + " (named 收盘价 or 收盘 or close); the header has: 代码, 日期, 成交量");
  }

  @Test
  void sharesWithUnits() throws Exception {
    Path f = Workbooks.write(dir.resolve("wind-shares.xlsx"), "Sheet1", new Object[][] {
        row("证券代码", "证券简称", "日期", "总股本(万股)", "总市值(亿元)"),
        row("0700.HK", "腾讯控股", LocalDate.of(2024, 11, 29), 928100, 36940.4),
        row("3690.HK", "美团-W", LocalDate.of(2024, 11, 29), "--", "--"),
    });
    Imported<Capitalisation> r = CapitalisationFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).singleElement().satisfies(c -> {
      assertThat(c.shares()).isEqualTo(9_281_000_000d);
      assertThat(c.marketCap()).isEqualTo(3_694_040_000_000d, org.assertj.core.data.Offset.offset(1.0));
    });
  }

  @Test
  void valuationFromPeTtm() throws Exception {
    Path f = Workbooks.write(dir.resolve("wind-pe.xlsx"), "Sheet1", new Object[][] {
        row("代码", "名称", "日期", "市盈率(TTM)"),
        row("HSTECH.HI", "恒生科技", LocalDate.of(2024, 11, 29), 19.8),
        row("HSTECH.HI", "恒生科技", LocalDate.of(2024, 11, 28), 19.6),
    });
    Imported<ValuationPoint> r = ValuationFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).extracting(ValuationPoint::peTtm).containsExactly(19.6, 19.8);
  }

  @Test
  void csvExportInGb18030IsReadToo() throws Exception {
    Path f = dir.resolve("wind-long-gbk.csv");
    Files.writeString(f, "代码,简称,日期,收盘价\r\n0700.HK,腾讯控股,2024/11/29,398.0\r\n数据来源：Wind\r\n",
        Charset.forName("GB18030"));
    Imported<Bar> r = BarFiles.read(f, Layout.AUTO, null, ref(), null);
    assertThat(messages(r)).isEmpty();
    assertThat(r.values()).containsExactly(Bar.closeOnly("0700.HK", LocalDate.of(2024, 11, 29), 398.0, "HKD"));
  }

  @Test
  void sheetOptionOnACsvFileIsAProblem() throws Exception {
    Path f = dir.resolve("plain.csv");
    Files.writeString(f, "code,date,close\n0700.HK,2024-11-29,398.0\n");
    Imported<Bar> r = BarFiles.read(new ImportRequest(f, Layout.AUTO, null, "Sheet1"), ref(), null);
    assertThat(messages(r)).containsExactly(
        "plain.csv [sheet] --sheet Sheet1 was given, but plain.csv is a text file, not a workbook");
  }

  @Test
  void deskColumnsInAWorkbookAndProgress() throws Exception {
    Path f = Workbooks.write(dir.resolve("desk.xlsx"), "bars", new Object[][] {
        row("code", "date", "close"),
        row("IQ.O", LocalDate.of(2024, 11, 29), 2.21),
    });
    java.util.List<Long> progress = new java.util.ArrayList<>();
    Imported<Bar> r = BarFiles.read(f, Layout.AUTO, null, ref(), progress::add);
    assertThat(r.values()).containsExactly(Bar.closeOnly("IQ.O", LocalDate.of(2024, 11, 29), 2.21, "USD"));
    assertThat(progress).containsExactly(Files.size(f));
  }
}
