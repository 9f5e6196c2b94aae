package org.sectordesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberStyleTest {

  @Test
  void monthlyPercentRoundsHalfUpOnTheDecimalValue() {
    NumberStyle s = NumberStyle.percentBare(1);
    assertThat(s.format(0.0525)).isEqualTo("5.3");
    assertThat(s.format(0.052499)).isEqualTo("5.2");
    assertThat(s.format(-0.0325)).isEqualTo("-3.3");
    // 0.0105 * 100 is 1.0499999999999998 in doubles; the decimal value 1.05 rounds up
    assertThat(s.format(0.0105)).isEqualTo("1.1");
    assertThat(NumberStyle.percent(1).format(0.092)).isEqualTo("9.2%");
  }

  @Test
  void smallNegativesDoNotPrintMinusZero() {
    assertThat(NumberStyle.percent(1).format(-0.0004)).isEqualTo("0.0%");
    assertThat(NumberStyle.percent(1).signed().format(-0.0004)).isEqualTo("0.0%");
    assertThat(NumberStyle.plain(0).format(-0.4)).isEqualTo("0");
  }

  @Test
  void ytdHasTwoDecimals() {
    assertThat(NumberStyle.percentBare(2).format(-0.0660)).isEqualTo("-6.60");
    assertThat(NumberStyle.percentBare(2).format(8.4663)).isEqualTo("846.63");
    assertThat(NumberStyle.percentBare(2).format(0.000049)).isEqualTo("0.00");
    assertThat(NumberStyle.percentBare(2).format(0.00005)).isEqualTo("0.01");
  }

  @Test
  void weeklyIndexPercentHasTwoDecimalsAndSignOnRequest() {
    assertThat(NumberStyle.percent(2).format(-0.0269)).isEqualTo("-2.69%");
    assertThat(NumberStyle.percent(2).signed().format(0.0864)).isEqualTo("+8.64%");
    assertThat(NumberStyle.percent(2).signed().format(-0.0588)).isEqualTo("-5.88%");
    assertThat(NumberStyle.percent(1).format(0.08645)).isEqualTo("8.6%");
    assertThat(NumberStyle.percent(1).format(0.0865)).isEqualTo("8.7%");
  }

  @Test
  void pointsAndMultiples() {
    assertThat(NumberStyle.pctPoints(1).format(0.148)).isEqualTo("14.8pct");
    assertThat(NumberStyle.pctPoints(1).format(-0.00149)).isEqualTo("-0.1pct");
    assertThat(NumberStyle.multiple(2).format(20.585)).isEqualTo("20.59x");
    assertThat(NumberStyle.multiple(2).format(20.584999)).isEqualTo("20.58x");
  }

  @Test
  void thousandsSeparators() {
    assertThat(NumberStyle.grouped(0).format(3688428.0)).isEqualTo("3,688,428");
    assertThat(NumberStyle.grouped(0).format(3688427.5)).isEqualTo("3,688,428");
    assertThat(NumberStyle.grouped(0).format(999.5)).isEqualTo("1,000");
    assertThat(NumberStyle.grouped(0).format(-157121.4)).isEqualTo("-157,121");
    assertThat(NumberStyle.grouped(2).format(25224.195)).isEqualTo("25,224.20");
    assertThat(NumberStyle.grouped(2).format(4.025)).isEqualTo("4.03");
    assertThat(NumberStyle.plain(2).format(1.005)).isEqualTo("1.01");
  }

  @Test
  void epsAndPe() {
    assertThat(NumberStyle.plain(1).format(24.05)).isEqualTo("24.1");
    assertThat(NumberStyle.plain(0).format(398.0 / 24.1 * 0.9218)).isEqualTo("15");
    assertThat(NumberStyle.plain(0).format(14.5)).isEqualTo("15");
    assertThat(NumberStyle.plain(1).format(-72.0)).isEqualTo("-72.0");
  }

  @Test
  void codesParseAndPrintBack() {
    for (String code : new String[] {"0", "#,##0", "0.0", "0.0%", "0.00[%]", "+0.00%", "0.0pct", "0.00x", "#,##0.00"}) {
      assertThat(NumberStyle.parse(code).code()).isEqualTo(code);
    }
    assertThat(NumberStyle.parse("0.0%")).isEqualTo(NumberStyle.percent(1));
    assertThat(NumberStyle.parse("#,##0")).isEqualTo(NumberStyle.grouped(0));
  }

  @Test
  void badCodeAndBadValueAreNamed() {
    assertThatThrownBy(() -> NumberStyle.parse("0.0 %%")).hasMessageContaining("'0.0 %%'");
    assertThatThrownBy(() -> NumberStyle.percent(1).format(Double.NaN)).hasMessageContaining("NaN").hasMessageContaining("0.0%");
  }

  @Test
  void excelFormatsShowTheUnroundedValueTheSameWay() {
    assertThat(NumberStyle.percent(1).excelFormat()).isEqualTo("0.0%");
    assertThat(NumberStyle.percentBare(2).excelFormat()).isEqualTo("0.00%");
    assertThat(NumberStyle.grouped(0).excelFormat()).isEqualTo("#,##0");
    assertThat(NumberStyle.multiple(2).excelFormat()).isEqualTo("0.00\"x\"");
    assertThat(NumberStyle.percent(2).signed().excelFormat()).isEqualTo("+0.00%;-0.00%;0.00%");
  }
}
