package org.sectordesk.desk.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One measured figure of the benchmark: every sample (one per run) and its unit. Medians are what count;
 * min and max show the noise of a shared machine.
 */
public record BenchFigure(String name, String unit, List<Double> samples) {
  public BenchFigure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    samples = List.copyOf(samples);
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("figure '" + name + "' has no samples");
    }
  }

  public double median() {
    double[] s = sorted();
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  public double min() {
    return sorted()[0];
  }

  public double max() {
    double[] s = sorted();
    return s[s.length - 1];
  }

  public int runs() {
    return samples.size();
  }

  private double[] sorted() {
    double[] s = samples.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(s);
    return s;
  }
}
