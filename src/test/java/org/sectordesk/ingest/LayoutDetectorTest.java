package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutDetectorTest {

  private static Layout detect(String... lines) {
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      rows.add(new TableRow(lines[i].split(",", -1), i + 1, null));
    }
    return LayoutDetector.detect(rows);
  }

  @Test
  void tellsEachLayoutFromItsHeader() {
    assertThat(detect("Price,Adj Close,Close", "Ticker,^SPX,^SPX", "Date,,")).isEqualTo(Layout.YAHOO);
    assertThat(detect("Date,Open,High,Low,Close,Adj Close,Volume")).isEqualTo(Layout.YAHOO);
    assertThat(detect("Date,Close,High,Low,Open,Volume")).isEqualTo(Layout.YAHOO);
    assertThat(detect("\ufeffDate,Open,High,Low,Close\u00a0,Adj Close\u00a0,Volume")).isEqualTo(Layout.YAHOO);
    assertThat(detect("日期,收盘,开盘,高,低,交易量,涨跌幅")).isEqualTo(Layout.INVESTING);
    assertThat(detect("Date,Price,Open,High,Low,Vol.,Change %")).isEqualTo(Layout.INVESTING);
    assertThat(detect("date,open,high,low,close,amount_yi,pe")).isEqualTo(Layout.CSINDEX);
    assertThat(detect("Date,Country,Exchange rate")).isEqualTo(Layout.FRED);
    assertThat(detect("Date,SP500,Dividend,Earnings,PE10")).isEqualTo(Layout.SHILLER);
    assertThat(detect("代码,简称,日期,收盘价")).isEqualTo(Layout.WIND_LONG);
    assertThat(detect("code,date,close")).isEqualTo(Layout.DESK);
    assertThat(detect("date,close")).isEqualTo(Layout.DESK);
    assertThat(detect("Code,Date,Close")).as("a code column is never Yahoo").isEqualTo(Layout.DESK);
    assertThat(detect("date,base,quote,rate")).isEqualTo(Layout.DESK);
    assertThat(detect("代码,0700.HK,3690.HK", "名称,腾讯控股,美团-W", "2024-11-29,398,168.7")).isEqualTo(Layout.WIND_WIDE);
    assertThat(detect("when,what", "yesterday,tea")).isNull();
  }

  @Test
  void cliNames() {
    assertThat(Layout.WIND_LONG.cliName()).isEqualTo("wind-long");
    assertThat(Layout.fromCliName("wind-wide")).isEqualTo(Layout.WIND_WIDE);
    assertThat(Layout.fromCliName("AUTO")).isEqualTo(Layout.AUTO);
    assertThat(DataKind.VALUATION.cliName()).isEqualTo("valuation");
    assertThat(DataKind.fromCliName("FX")).isEqualTo(DataKind.FX);
    assertThatThrownBy(() -> DataKind.fromCliName("prices"))
        .hasMessage("unknown kind of data 'prices': expected bars, fx, shares or valuation");
    assertThatThrownBy(() -> Layout.fromCliName("excel")).hasMessage("unknown layout 'excel': expected one of"
        + " auto|desk|yahoo|investing|csindex|wind-long|wind-wide|fred|shiller");
  }
}
