package org.sectordesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void readsPlainGroupedSignedAndExponentNumbers() {
    assertThat(Numbers.parse("1234.5")).isEqualTo(1234.5);
    assertThat(Numbers.parse(" 4,443.01 ")).isEqualTo(4443.01);
    assertThat(Numbers.parse("6,665,660,000")).isEqualTo(6_665_660_000d);
    assertThat(Numbers.parse("-0.75")).isEqualTo(-0.75);
    assertThat(Numbers.parse("+2")).isEqualTo(2);
    assertThat(Numbers.parse("1.2E7")).isEqualTo(1.2e7);
    assertThat(Numbers.parse(".5")).isEqualTo(0.5);
  }

  @Test
  void missingMarkersAreNaN() {
    for (String s : new String[] {"", "  ", "-", "--", "N/A", "#N/A", "nan", "NaN", "null"}) {
      assertThat(Numbers.parse(s)).as("'%s'", s).isNaN();
    }
  }

  @Test
  void volumeSuffixes() {
    assertThat(Numbers.parseVolume("940.97M")).isCloseTo(940.97e6, Offset.offset(1e-3));
    assertThat(Numbers.parseVolume("1.57B")).isCloseTo(1.57e9, Offset.offset(1e-3));
    assertThat(Numbers.parseVolume("12.5K")).isEqualTo(12_500);
    assertThat(Numbers.parseVolume("-")).isNaN();
    assertThatThrownBy(() -> Numbers.parse("1.57B")).hasMessage("'1.57B' is not a number");
  }

  @Test
  void percent() {
    assertThat(Numbers.parsePercent("-0.31%")).isCloseTo(-0.0031, Offset.offset(1e-12));
  }

  @Test
  void rejectsWhatJavaWouldAcceptOrGuess() {
    for (String s : new String[] {"12.3O", "12.5d", "0x1p3", "Infinity", "1.2.3", "1e", "e5", ",5", "12,3.4.5", "1-2", "$5", "1,5", "12,34", "1,2345", "1,23a"}) {
      assertThatThrownBy(() -> Numbers.parse(s)).as(s).hasMessage("'" + s + "' is not a number");
    }
  }
}
