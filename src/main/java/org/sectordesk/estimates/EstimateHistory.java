package org.sectordesk.estimates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sectordesk.domain.EpsEstimate;

/** Every forecast ever made; a forecast is in force from its as-of date until a later one for the same code and year. */
public final class EstimateHistory {
  private final List<EpsEstimate> all;

  public EstimateHistory(List<EpsEstimate> estimates) {
    List<EpsEstimate> l = new ArrayList<>(estimates);
    l.sort(Comparator.comparing(EpsEstimate::code).thenComparingInt(EpsEstimate::fiscalYear)
        .thenComparing(EpsEstimate::asOf));
    this.all = List.copyOf(l);
  }

  /** The forecast for {@code code} and {@code fiscalYear} in force on {@code day}: the latest with as-of on or before it. */
  public Optional<EpsEstimate> inForce(String code, int fiscalYear, LocalDate day) {
    EpsEstimate found = null;
    for (EpsEstimate e : all) {
      if (e.code().equals(code) && e.fiscalYear() == fiscalYear && !e.asOf().isAfter(day)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Codes with at least one forecast in force on {@code day}, in code order. */
  public Set<String> codesOn(LocalDate day) {
    Set<String> codes = new LinkedHashSet<>();
    for (EpsEstimate e : all) {
      if (!e.asOf().isAfter(day)) {
        codes.add(e.code());
      }
    }
    return codes;
  }

  /** Every forecast for one code and year, oldest first (the revision trail). */
  public List<EpsEstimate> revisions(String code, int fiscalYear) {
    return all.stream().filter(e -> e.code().equals(code) && e.fiscalYear() == fiscalYear).toList();
  }

  public List<EpsEstimate> all() {
    return all;
  }
}
