package org.sectordesk.sample;

/**
 * The SAMPLE workspace of {@code desk init DIR --sample}: a {@code desk.yaml} and SYNTHETIC daily
 * market data from 2023-01-02 to 2025-12-31.
 *
 * <p>Nothing here is market data. Every series is a random walk (fixed seed, so every run gives the
 * same numbers) pinned at a few days so that the figures two published sector reports print come out
 * of it to the printed digit: the November 2024 review of the 29 covered names, the HSTECH PE-TTM
 * percentile of 2024-12-02 and the week of 2024-09-02 (index returns, Shenwan ranks, the four movers
 * tables). The targets are the CSV files under {@code org/sectordesk/sample/targets/}; the README
 * explains the method.
 *
 * <pre>{@code
 * String yaml = SampleMarket.deskYaml();     // write as DIR/desk.yaml
 * SampleData data = SampleMarket.generate(); // store bars, fx, capitalisation, valuation
 * }</pre>
 */
public final class SampleMarket {
  /** First and last day of the sample's bars. */
  public static final java.time.LocalDate FIRST_DAY = SampleBuilder.PRICES_FIRST;
  public static final java.time.LocalDate LAST_DAY = SampleBuilder.LAST;

  private SampleMarket() {}

  /** The sample workspace's {@code desk.yaml} (marked {@code sample_data: true}), as text. */
  public static String deskYaml() {
    return SampleResources.text("desk.yaml");
  }

  /**
   * Generates the sample data for every security of {@link #deskYaml()}. Deterministic: the same
   * lists, in the same order, on every call.
   */
  public static SampleData generate() {
    return new SampleBuilder().build();
  }
}
