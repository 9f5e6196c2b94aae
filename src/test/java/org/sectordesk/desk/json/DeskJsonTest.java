package org.sectordesk.desk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeskJsonTest {
  record Sample(String codeName, @Percent @JsonProperty("return_pct") double periodReturn, double close,
      LocalDate closeDate, Map<String, Integer> counts) {}

  @Test
  void percentMovesTheDecimalPointExactly() {
    assertThat(0.07 * 100).isNotEqualTo(7.0); // what the old code printed: 7.000000000000001
    assertThat(DeskJson.percent(0.07)).isEqualTo(7.0);
    assertThat(DeskJson.percent(-0.032299179026624936)).isEqualTo(-3.2299179026624936);
    assertThat(DeskJson.percent(Double.NaN)).isNull();
  }

  @Test
  void snakeCaseNamesMissingAsNullIsoDatesAndPercent() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("b", 2);
    counts.put("a", 1);
    String json = DeskJson.write(new Sample("0700.HK", 0.07, Double.NaN, LocalDate.of(2024, 11, 29), counts));
    assertThat(json).isEqualTo("""
        {
          "code_name" : "0700.HK",
          "return_pct" : 7.0,
          "close" : null,
          "close_date" : "2024-11-29",
          "counts" : {
            "b" : 2,
            "a" : 1
          }
        }""");
  }

  @Test
  void refusesUnorderedMaps() {
    Map<String, Integer> unordered = new HashMap<>(Map.of("a", 1));
    assertThatThrownBy(() -> DeskJson.write(new Sample("x", 0, 0, null, unordered)))
        .hasMessageContaining("order changes between runs");
  }
}
