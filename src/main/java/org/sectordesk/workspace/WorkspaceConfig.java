package org.sectordesk.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The analyst's workspace file {@code desk.yaml}, as written by hand. See the README for every key.
 * Converted to {@link org.sectordesk.domain.ReferenceData} by {@link ConfigReader}.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record WorkspaceConfig(
    @JsonProperty("name") String name,
    @JsonProperty("house") String house,
    @JsonProperty("base_currency") String baseCurrency,
    @JsonProperty("sample_data") Boolean sampleData,
    @JsonProperty("benchmarks") Map<String, String> benchmarks,
    @JsonProperty("sub_sectors") List<String> subSectors,
    @JsonProperty("indices") List<Entry> indices,
    @JsonProperty("coverage") List<Entry> coverage,
    @JsonProperty("watch_lists") List<WatchListEntry> watchLists,
    @JsonProperty("settings") Map<String, Object> settings,
    @JsonProperty("conventions") Map<String, Object> conventions,
    @JsonProperty("fx") Fx fx,
    @JsonProperty("forecast_table") ForecastTable forecastTable) {

  /**
   * {@code forecast_table:}: the earnings-forecast table's own names, in order (outside the coverage allowed; {@code
   * name} is the name the table prints, e.g. 阿里巴巴-SW), and its one rating scheme.
   */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record ForecastTable(
      @JsonProperty("scheme") String scheme,
      @JsonProperty("names") List<Entry> names) {}

  /** {@code fx:}: how FX rates are chosen. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record Fx(
      @JsonProperty("max_age_days") Integer maxAgeDays,
      @JsonProperty("sources") List<String> sources) {}

  /** One security line: code, names, sub-sector; market and currency default from the code. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record Entry(
      @JsonProperty("code") String code,
      @JsonProperty("name") String name,
      @JsonProperty("name_en") String nameEn,
      @JsonProperty("sub_sector") String subSector,
      @JsonProperty("currency") String currency,
      @JsonProperty("market") String market,
      @JsonProperty("delisted") String delisted) {}

  @JsonIgnoreProperties(ignoreUnknown = false)
  public record WatchListEntry(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("market") String market,
      @JsonProperty("members") List<Entry> members) {}
}
